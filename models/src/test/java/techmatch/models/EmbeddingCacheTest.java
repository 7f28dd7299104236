package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EmbeddingCacheTest {

    private static final int RECORD = 32 + 4 * 512 + 4;

    private static List<String> texts(int n, String prefix) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(prefix + "技术需求第" + i + "条");
        }
        return out;
    }

    @Test
    void restartCostsNoInference() throws IOException {
        Path file = TestPaths.scratch("cache").resolve("vectors.bin");
        List<String> t = texts(50, "");
        FakeEmbedder first = new FakeEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(first, file)) {
            cache.embedAll(t);
            cache.embedAll(t);
            assertEquals(50, first.embedded.get());
            assertEquals(50, cache.stats().hits());
        }
        assertTrue(first.closed, "closing the cache closes the embedder");
        assertEquals(16 + 50L * RECORD, Files.size(file));

        FakeEmbedder second = new FakeEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(second, file)) {
            List<float[]> v = cache.embedAll(t);
            assertEquals(0, second.embedded.get());
            for (int i = 0; i < t.size(); i++) {
                assertArrayEquals(FakeEmbedder.vectorOf(t.get(i)), v.get(i));
            }
            assertEquals(50, cache.stats().recoveredRecords());
        }
    }

    @Test
    void duplicatesInOneCallAreEmbeddedOnce() throws IOException {
        Path file = TestPaths.scratch("dup").resolve("vectors.bin");
        FakeEmbedder fake = new FakeEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(fake, file)) {
            List<float[]> v = cache.embedAll(List.of("甲", "乙", "甲"));
            assertEquals(2, fake.embedded.get());
            assertArrayEquals(v.get(0), v.get(2));
            assertEquals(2, cache.stats().entries());
        }
    }

    @Test
    void keyCoversTheModelAndItsSettings() throws IOException {
        Path file = TestPaths.scratch("models").resolve("vectors.bin");
        try (EmbeddingCache cache = EmbeddingCache.open(new FakeEmbedder(), file)) {
            cache.embed("同一段文字");
        }
        ModelManifest other = ModelManifest.of(ModelVariant.INT8, 256, LongTextPolicy.truncate());
        FakeEmbedder fake = new FakeEmbedder(other);
        try (EmbeddingCache cache = EmbeddingCache.open(fake, file)) {
            assertTrue(!cache.contains("同一段文字"));
            cache.embed("同一段文字");
            assertEquals(1, fake.embedded.get(), "another max length is another key");
        }
    }

    @Test
    void tornTailAfterACrashIsIgnoredAndOverwritten() throws IOException {
        Path file = TestPaths.scratch("torn").resolve("vectors.bin");
        List<String> t = texts(10, "torn");
        try (EmbeddingCache cache = EmbeddingCache.open(new FakeEmbedder(), file)) {
            cache.embedAll(t);
        }
        // A kill in the middle of an append leaves part of a record.
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write(new byte[RECORD / 2]);
        }
        FakeEmbedder fake = new FakeEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(fake, file)) {
            assertEquals(RECORD / 2, cache.stats().tornTailBytesDropped());
            assertEquals(10, cache.stats().entries());
            cache.embedAll(t);
            assertEquals(0, fake.embedded.get());
            cache.embed("新的一条");
        }
        try (EmbeddingCache cache = EmbeddingCache.open(new FakeEmbedder(), file)) {
            assertEquals(11, cache.stats().entries());
            assertEquals(0, cache.stats().tornTailBytesDropped());
            assertArrayEquals(FakeEmbedder.vectorOf("新的一条"), cache.embed("新的一条"));
        }
    }

    @Test
    void corruptRecordIsSkippedAndRecomputed() throws IOException {
        Path file = TestPaths.scratch("corrupt").resolve("vectors.bin");
        List<String> t = texts(5, "bad");
        try (EmbeddingCache cache = EmbeddingCache.open(new FakeEmbedder(), file)) {
            cache.embedAll(t);
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(new byte[] {1, 2, 3, 4}), 16 + 2L * RECORD + 100);
        }
        FakeEmbedder fake = new FakeEmbedder();
        try (EmbeddingCache cache = EmbeddingCache.open(fake, file)) {
            assertEquals(1, cache.stats().corruptRecordsSkipped());
            List<float[]> v = cache.embedAll(t);
            assertEquals(1, fake.embedded.get());
            assertArrayEquals(FakeEmbedder.vectorOf(t.get(2)), v.get(2));
        }
    }

    @Test
    void concurrentUseStoresEveryTextOnce() throws Exception {
        Path file = TestPaths.scratch("concurrent").resolve("vectors.bin");
        List<String> t = texts(200, "c");
        FakeEmbedder fake = new FakeEmbedder();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (EmbeddingCache cache = EmbeddingCache.open(fake, file)) {
            List<Future<?>> fs = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int offset = w * 17;
                fs.add(pool.submit(() -> {
                    for (int i = 0; i < t.size(); i++) {
                        String s = t.get((i + offset) % t.size());
                        assertArrayEquals(FakeEmbedder.vectorOf(s), cache.embed(s));
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
            assertEquals(200, cache.stats().entries());
        } finally {
            pool.shutdown();
        }
        assertEquals(16 + 200L * RECORD, Files.size(file), "each text stored once");
    }

    @Test
    void secondOpenOfTheSameFileIsRefused() throws IOException {
        Path file = TestPaths.scratch("locked").resolve("vectors.bin");
        try (EmbeddingCache cache = EmbeddingCache.open(new FakeEmbedder(), file)) {
            IOException e = assertThrows(IOException.class, () -> EmbeddingCache.open(new FakeEmbedder(), file));
            assertTrue(e.getMessage().contains("already open"), e.getMessage());
        }
    }

    @Test
    void fileOfAnotherWidthIsRefused() throws IOException {
        Path file = TestPaths.scratch("width").resolve("vectors.bin");
        VectorLog.open(file, 8).close();
        IOException e = assertThrows(IOException.class, () -> EmbeddingCache.open(new FakeEmbedder(), file));
        assertTrue(e.getMessage().contains("8-dimensional"), e.getMessage());
    }
}
