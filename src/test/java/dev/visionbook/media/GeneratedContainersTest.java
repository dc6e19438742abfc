package dev.visionbook.media;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_AAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_FLAC;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_FLV1;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MP2;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MP3;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG1VIDEO;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG2VIDEO;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_MPEG4;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_NONE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_OPUS;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_PCM_S16BE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_PCM_S16LE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_VP8;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_ID_WMV2;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ShortBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every container Gemini accepts, encoded on the spot with the bundled FFmpeg (one second of
 * 64x64 video, or one second of a tone), then sniffed and decoded.
 */
class GeneratedContainersTest {

    private static final int SIZE = 64;
    private static final int FRAME_RATE = 25;

    enum VideoSample {
        AVI("clip.avi", "avi", AV_CODEC_ID_MPEG4, AV_CODEC_ID_NONE, "video/avi"),
        FLV("clip.flv", "flv", AV_CODEC_ID_FLV1, AV_CODEC_ID_NONE, "video/x-flv"),
        MPEG_PROGRAM_STREAM("clip.mpeg", "mpeg", AV_CODEC_ID_MPEG1VIDEO, AV_CODEC_ID_MP2, "video/mpeg"),
        MPEG_TRANSPORT_STREAM("clip.ts", "mpegts", AV_CODEC_ID_MPEG2VIDEO, AV_CODEC_ID_NONE, "video/mpeg"),
        WMV("clip.wmv", "asf", AV_CODEC_ID_WMV2, AV_CODEC_ID_NONE, "video/wmv"),
        THREE_GPP("clip.3gp", "3gp", AV_CODEC_ID_MPEG4, AV_CODEC_ID_AAC, "video/3gpp"),
        MOV("clip.mov", "mov", AV_CODEC_ID_MPEG4, AV_CODEC_ID_AAC, "video/mov"),
        MP4("clip.mp4", "mp4", AV_CODEC_ID_MPEG4, AV_CODEC_ID_AAC, "video/mp4"),
        // Video only: JavaCV stretches Opus timestamps in WebM, so the container would run 1.9 s.
        WEBM("clip.webm", "webm", AV_CODEC_ID_VP8, AV_CODEC_ID_NONE, "video/webm");

        final String fileName;
        final String muxer;
        final int videoCodec;
        final int audioCodec;
        final String mime;

        VideoSample(String fileName, String muxer, int videoCodec, int audioCodec, String mime) {
            this.fileName = fileName;
            this.muxer = muxer;
            this.videoCodec = videoCodec;
            this.audioCodec = audioCodec;
            this.mime = mime;
        }
    }

    enum AudioSample {
        WAV("tone.wav", "wav", AV_CODEC_ID_PCM_S16LE, 44100, "audio/wav"),
        MP3("tone.mp3", "mp3", AV_CODEC_ID_MP3, 44100, "audio/mp3"),
        AIFF("tone.aiff", "aiff", AV_CODEC_ID_PCM_S16BE, 44100, "audio/aiff"),
        AAC("tone.aac", "adts", AV_CODEC_ID_AAC, 44100, "audio/aac"),
        OGG("tone.ogg", "ogg", AV_CODEC_ID_OPUS, 48000, "audio/ogg"),
        FLAC("tone.flac", "flac", AV_CODEC_ID_FLAC, 44100, "audio/flac");

        final String fileName;
        final String muxer;
        final int codec;
        final int sampleRate;
        final String mime;

        AudioSample(String fileName, String muxer, int codec, int sampleRate, String mime) {
            this.fileName = fileName;
            this.muxer = muxer;
            this.codec = codec;
            this.sampleRate = sampleRate;
            this.mime = mime;
        }
    }

    @TempDir
    static Path directory;

    @BeforeAll
    static void encodeSamples() throws IOException {
        FfmpegNatives.ensureLoaded(); // keeps the encoders' logging quiet too
        for (VideoSample sample : VideoSample.values()) {
            encodeVideo(sample);
        }
        for (AudioSample sample : AudioSample.values()) {
            encodeAudio(sample);
        }
    }

    @ParameterizedTest
    @EnumSource(VideoSample.class)
    void each_video_container_sniffs_as_its_type(VideoSample sample) throws IOException {
        assertEquals(Optional.of(sample.mime), MimeSniffer.sniff(directory.resolve(sample.fileName)));
    }

    @ParameterizedTest
    @EnumSource(VideoSample.class)
    void each_video_container_decodes_one_second_of_frames(VideoSample sample) throws MediaException {
        VideoProbe.VideoInfo info = VideoProbe.probe(directory.resolve(sample.fileName));

        assertEquals(FRAME_RATE, info.decodedFrames());
        assertEquals(SIZE, info.width());
        assertEquals(SIZE, info.height());
        VideoProbeTest.assertSeconds(1.0, info.duration());
        assertEquals(sample.audioCodec != AV_CODEC_ID_NONE, info.hasAudio());
    }

    @ParameterizedTest
    @EnumSource(AudioSample.class)
    void each_audio_format_sniffs_as_its_type(AudioSample sample) throws IOException {
        assertEquals(Optional.of(sample.mime), MimeSniffer.sniff(directory.resolve(sample.fileName)));
    }

    @ParameterizedTest
    @EnumSource(AudioSample.class)
    void each_audio_format_decodes_to_one_second(AudioSample sample) throws MediaException {
        VideoProbeTest.assertSeconds(1.0, VideoProbe.audioDuration(directory.resolve(sample.fileName)));
    }

    @Test
    void mp3_without_an_id3_tag_sniffs_from_its_frame_header() throws IOException {
        byte[] tagged = Files.readAllBytes(directory.resolve(AudioSample.MP3.fileName));
        assertEquals("ID3", new String(tagged, 0, 3, java.nio.charset.StandardCharsets.ISO_8859_1));
        // ID3v2 size: four 7-bit "syncsafe" bytes after the 10-byte header's flags.
        int tagSize = 10 + ((tagged[6] & 0x7F) << 21 | (tagged[7] & 0x7F) << 14 | (tagged[8] & 0x7F) << 7
                | (tagged[9] & 0x7F));
        byte[] bare = Arrays.copyOfRange(tagged, tagSize, tagged.length);

        assertEquals(Optional.of("audio/mp3"), MimeSniffer.sniff(bare));
    }

    private static void encodeVideo(VideoSample sample) throws IOException {
        boolean withAudio = sample.audioCodec != AV_CODEC_ID_NONE;
        int sampleRate = 44100;
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(
                directory.resolve(sample.fileName).toFile(), SIZE, SIZE, withAudio ? 1 : 0)) {
            recorder.setFormat(sample.muxer);
            recorder.setVideoCodec(sample.videoCodec);
            recorder.setPixelFormat(avutil.AV_PIX_FMT_YUV420P);
            recorder.setFrameRate(FRAME_RATE);
            if (withAudio) {
                recorder.setAudioCodec(sample.audioCodec);
                recorder.setSampleRate(sampleRate);
            }
            recorder.start();
            Frame frame = new Frame(SIZE, SIZE, Frame.DEPTH_UBYTE, 3);
            ByteBuffer pixels = (ByteBuffer) frame.image[0];
            for (int i = 0; i < FRAME_RATE; i++) {
                for (int p = 0; p < pixels.capacity(); p++) {
                    pixels.put(p, (byte) (p + 8 * i)); // a moving gradient, so frames differ
                }
                recorder.record(frame);
            }
            if (withAudio) {
                recorder.recordSamples(sampleRate, 1, tone(sampleRate));
            }
            recorder.stop();
        }
    }

    private static void encodeAudio(AudioSample sample) throws IOException {
        try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(directory.resolve(sample.fileName).toFile(), 1)) {
            recorder.setFormat(sample.muxer);
            recorder.setAudioCodec(sample.codec);
            recorder.setSampleRate(sample.sampleRate);
            recorder.start();
            recorder.recordSamples(sample.sampleRate, 1, tone(sample.sampleRate));
            recorder.stop();
        }
    }

    /** One second of a 440 Hz tone. */
    private static ShortBuffer tone(int sampleRate) {
        ShortBuffer samples = ShortBuffer.allocate(sampleRate);
        for (int i = 0; i < sampleRate; i++) {
            samples.put(i, (short) (8000 * Math.sin(2 * Math.PI * 440 * i / sampleRate)));
        }
        return samples;
    }
}
