package dev.visionbook.engine.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the text read in each sampled frame into spans of time. */
final class TextSpans {

    private final double step;
    private final Map<String, List<double[]>> open = new LinkedHashMap<>();
    private final Map<String, String[]> firstLast = new LinkedHashMap<>();
    private final List<TextSpan> closed = new ArrayList<>();
    private final Map<String, Double> lastSeen = new LinkedHashMap<>();
    private final Map<String, Double> since = new LinkedHashMap<>();

    TextSpans(double step) {
        this.step = step;
    }

    void add(double at, List<TextLine> lines) {
        for (TextLine line : lines) {
            String key = key(line.text());
            Double seen = lastSeen.get(key);
            if (seen != null && at - seen > step * 1.5) {
                close(key);
            }
            if (!since.containsKey(key)) {
                since.put(key, at);
                firstLast.put(key, new String[] {line.text(), line.text()});
            }
            firstLast.get(key)[1] = line.text();
            lastSeen.put(key, at);
        }
    }

    /** What a line is grouped by: its text with every number alike, so a counter or a clock is one span. */
    static String key(String text) {
        return text.replaceAll("\\d+", "#");
    }

    List<TextSpan> finish() {
        for (String key : new ArrayList<>(since.keySet())) {
            close(key);
        }
        closed.sort(java.util.Comparator.comparingDouble(TextSpan::from).thenComparing(TextSpan::first));
        return List.copyOf(closed);
    }

    private void close(String key) {
        String[] texts = firstLast.remove(key);
        Double from = since.remove(key);
        Double to = lastSeen.remove(key);
        if (texts != null && from != null) {
            closed.add(new TextSpan(texts[0], texts[1], from, to + step));
        }
    }
}
