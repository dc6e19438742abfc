package dev.visionbook.media;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avformat.AVStreamGroupTileGrid;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;

/**
 * Reassembles a HEIF image stored as a grid of separately coded tiles, which is how phones store
 * photos (an iPhone's 12 megapixels are 48 tiles of 512×512). FFmpeg 7.1 describes the grid as a
 * stream group but leaves putting the tiles together to the caller; each tile is its own stream
 * holding a single picture.
 */
final class HeifGrid {

    private HeifGrid() {
    }

    /** The grid FFmpeg found for item {@code itemId} (group IDs are item IDs), if that item is a grid. */
    static Optional<AVStreamGroup> find(AVFormatContext context, long itemId) {
        for (int i = 0; i < context.nb_stream_groups(); i++) {
            AVStreamGroup group = context.stream_groups(i);
            if (group.type() == avformat.AV_STREAM_GROUP_PARAMS_TILE_GRID && group.id() == itemId) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the file's packets once and decodes each tile as its packet arrives.
     *
     * @param label "HEIC" or "HEIF", for messages
     */
    static BufferedImage decode(AVFormatContext context, AVStreamGroup group, PictureConverter converter,
            String label) throws MediaException {
        AVStreamGroupTileGrid grid = group.params_tile_grid();
        if (grid.width() <= 0 || grid.height() <= 0) {
            throw ImageDecoder.failure("the " + label + " grid has no size", null);
        }
        BufferedImage canvas = new BufferedImage(grid.width(), grid.height(), BufferedImage.TYPE_INT_RGB);
        Map<Integer, List<int[]>> pending = placements(group, grid);
        AVPacket packet = avcodec.av_packet_alloc();
        AVFrame picture = avutil.av_frame_alloc();
        try {
            while (!pending.isEmpty()) {
                int read = avformat.av_read_frame(context, packet);
                if (read < 0) {
                    throw ImageDecoder.failure("the " + label + " grid lacks " + pending.size() + " of its "
                            + grid.nb_tiles() + " tiles (FFmpeg: " + FfmpegErrors.describe(read) + ")", null);
                }
                try {
                    List<int[]> places = pending.remove(packet.stream_index());
                    if (places != null) {
                        BufferedImage tile = decodeTile(context.streams(packet.stream_index()), packet, picture,
                                converter, label);
                        for (int[] place : places) {
                            paint(canvas, tile, place[0], place[1]);
                        }
                    }
                } finally {
                    avcodec.av_packet_unref(packet);
                }
            }
            return canvas;
        } finally {
            avcodec.av_packet_free(packet);
            avutil.av_frame_free(picture);
        }
    }

    /** For each tile stream, where its picture goes on the output canvas (the grid may be cropped). */
    private static Map<Integer, List<int[]>> placements(AVStreamGroup group, AVStreamGroupTileGrid grid) {
        Map<Integer, List<int[]>> placements = new HashMap<>();
        for (int t = 0; t < grid.nb_tiles(); t++) {
            AVStream stream = group.streams(grid.offsets_idx(t));
            placements.computeIfAbsent(stream.index(), index -> new ArrayList<>()).add(new int[] {
                grid.offsets_horizontal(t) - grid.horizontal_offset(),
                grid.offsets_vertical(t) - grid.vertical_offset()});
        }
        return placements;
    }

    /** A decoder of its own per tile: tiles need not share codec parameters. */
    private static BufferedImage decodeTile(AVStream stream, AVPacket packet, AVFrame picture,
            PictureConverter converter, String label) throws MediaException {
        AVCodec codec = avcodec.avcodec_find_decoder(stream.codecpar().codec_id());
        if (codec == null) {
            throw ImageDecoder.failure("FFmpeg has no decoder for the " + label + " tiles", null);
        }
        AVCodecContext decoder = avcodec.avcodec_alloc_context3(codec);
        try {
            check(avcodec.avcodec_parameters_to_context(decoder, stream.codecpar()), label);
            check(avcodec.avcodec_open2(decoder, codec, (AVDictionary) null), label);
            check(avcodec.avcodec_send_packet(decoder, packet), label);
            // Signal the end of the stream so that the decoder hands out its one picture now.
            check(avcodec.avcodec_send_packet(decoder, (AVPacket) null), label);
            check(avcodec.avcodec_receive_frame(decoder, picture), label);
            try {
                return converter.convert(picture);
            } finally {
                avutil.av_frame_unref(picture);
            }
        } finally {
            avcodec.avcodec_free_context(decoder);
        }
    }

    private static void check(int result, String label) throws MediaException {
        if (result < 0) {
            throw ImageDecoder.failure("a tile of the " + label + " grid does not decode (FFmpeg: "
                    + FfmpegErrors.describe(result) + ")", null);
        }
    }

    /** Copies the part of {@code tile} that falls on the canvas; edge tiles usually overhang it. */
    private static void paint(BufferedImage canvas, BufferedImage tile, int x, int y) {
        int left = Math.max(0, x);
        int top = Math.max(0, y);
        int right = Math.min(canvas.getWidth(), x + tile.getWidth());
        int bottom = Math.min(canvas.getHeight(), y + tile.getHeight());
        if (right > left && bottom > top) {
            Object pixels = tile.getRaster().getDataElements(left - x, top - y, right - left, bottom - top, null);
            canvas.getRaster().setDataElements(left, top, right - left, bottom - top, pixels);
        }
    }
}
