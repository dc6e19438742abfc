package dev.visionbook.engine.analysis;

import java.util.ArrayList;
import java.util.List;

/** Connected components (8-neighbours) of a mask, small specks dropped. */
final class Labels {

    final int width;
    final int height;
    /** Component of each pixel, or -1. */
    final int[] label;
    final List<PixelBox> boxes = new ArrayList<>();

    private Labels(int width, int height) {
        this.width = width;
        this.height = height;
        this.label = new int[width * height];
        java.util.Arrays.fill(label, -1);
    }

    static Labels of(boolean[] mask, int w, int h, int minPixels) {
        Labels labels = new Labels(w, h);
        int[] queue = new int[w * h];
        int[] members = new int[w * h];
        for (int start = 0; start < mask.length; start++) {
            if (!mask[start] || labels.label[start] != -1) {
                continue;
            }
            int id = labels.boxes.size();
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            labels.label[start] = id;
            int left = w;
            int top = h;
            int right = 0;
            int bottom = 0;
            while (head < tail) {
                int i = queue[head];
                members[head++] = i;
                int x = i % w;
                int y = i / w;
                left = Math.min(left, x);
                right = Math.max(right, x + 1);
                top = Math.min(top, y);
                bottom = Math.max(bottom, y + 1);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h) {
                            int n = ny * w + nx;
                            if (mask[n] && labels.label[n] == -1) {
                                labels.label[n] = id;
                                queue[tail++] = n;
                            }
                        }
                    }
                }
            }
            if (tail < minPixels) {
                for (int k = 0; k < tail; k++) {
                    labels.label[members[k]] = -2;
                }
                labels.boxes.add(null);
            } else {
                labels.boxes.add(new PixelBox(left, top, right, bottom));
            }
        }
        for (int i = 0; i < labels.label.length; i++) {
            if (labels.label[i] == -2) {
                labels.label[i] = -1;
            }
        }
        return labels;
    }
}
