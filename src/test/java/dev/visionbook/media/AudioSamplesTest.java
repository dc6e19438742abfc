package dev.visionbook.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AudioSamplesTest {

    private static final int RATE = 16_000;

    /** The sample WAVs are already 16 kHz mono 16-bit, so nothing may change on the way. */
    @ParameterizedTest
    @ValueSource(strings = {"0870", "0930"})
    void a_16khz_mono_wav_comes_out_sample_for_sample(String clip) throws MediaException {
        String file = "audio/sense_and_sensibility_01_austen_64kb-" + clip + ".wav";
        Chunks chunks = collect(TestMedia.file(file), RATE);

        assertArrayEquals(pcmData(TestMedia.bytes(file)), chunks.samples());
        for (int i = 0; i < chunks.starts.size(); i++) {
            assertEquals(Duration.ofSeconds(i), chunks.starts.get(i));
        }
        for (int i = 0; i < chunks.lengths.size() - 1; i++) {
            assertEquals(RATE, chunks.lengths.get(i), "every chunk but the last is one second");
        }
    }

    @Test
    void the_sound_of_a_video_lasts_as_long_as_the_video() throws MediaException {
        Chunks chunks = collect(TestMedia.file("video/synthetic.mp4"), RATE);

        double seconds = chunks.samples().length / (double) RATE;
        assertEquals(12.0, seconds, 12.0 * 0.02);
        assertTrue(rms(chunks.samples()) > 500, "the speech is audible, not silence");
    }

    @Test
    void other_rates_resample() throws MediaException {
        Chunks chunks = collect(TestMedia.file("video/synthetic.webm"), 8_000);

        assertEquals(12.0, chunks.samples().length / 8_000.0, 12.0 * 0.02);
        assertEquals(8_000, chunks.lengths.get(0));
    }

    @Test
    void files_without_sound_fail_clearly() {
        MediaException failure = assertThrows(MediaException.class,
                () -> collect(TestMedia.file("groundtruth/shapes.png"), RATE));
        assertEquals("The file does not contain an audio stream.", failure.getMessage());

        assertThrows(IllegalArgumentException.class, () -> collect(TestMedia.file("video/synthetic.mp4"), 0));
    }

    private static Chunks collect(Path media, int rate) throws MediaException {
        Chunks chunks = new Chunks();
        AudioSamples.eachChunk(media, rate, (start, samples) -> {
            chunks.starts.add(start);
            chunks.lengths.add(samples.length);
            chunks.data.writeBytes(toBytes(samples));
        });
        return chunks;
    }

    /** The samples of a canonical WAV file's "data" chunk. */
    private static short[] pcmData(byte[] wav) {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        int offset = 12;
        while (offset + 8 <= wav.length) {
            String id = new String(wav, offset, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int size = in.getInt(offset + 4);
            if (id.equals("data")) {
                short[] samples = new short[Math.min(size, wav.length - offset - 8) / 2];
                in.position(offset + 8);
                in.asShortBuffer().get(samples);
                return samples;
            }
            offset += 8 + size + (size & 1);
        }
        throw new IllegalStateException("no data chunk");
    }

    private static double rms(short[] samples) {
        double sum = 0;
        for (short s : samples) {
            sum += (double) s * s;
        }
        return Math.sqrt(sum / samples.length);
    }

    private static byte[] toBytes(short[] samples) {
        ByteBuffer out = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        out.asShortBuffer().put(samples);
        return out.array();
    }

    private static final class Chunks {
        final List<Duration> starts = new ArrayList<>();
        final List<Integer> lengths = new ArrayList<>();
        final ByteArrayOutputStream data = new ByteArrayOutputStream();

        short[] samples() {
            byte[] bytes = data.toByteArray();
            short[] samples = new short[bytes.length / 2];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
            return samples;
        }
    }
}
