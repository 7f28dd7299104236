package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import techmatch.models.bench.Corpus;

class OnnxEmbedderTest {

    private static OnnxEmbedder fp32;
    private static List<String> mixed;

    @BeforeAll
    static void open() throws IOException {
        fp32 = Embedders.open(TestPaths.config(ModelVariant.FP32).build());
        // Real texts of very different lengths, so that batches are padded and long texts truncated.
        List<String> achievements = Corpus.JISHU_ACHIEVEMENTS.read(TestPaths.DATASETS);
        List<String> haiyan = Corpus.HAIYAN.read(TestPaths.DATASETS);
        mixed = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            mixed.add(achievements.get(i * 61));
            mixed.add(haiyan.get(i * 11).substring(0, Math.min(haiyan.get(i * 11).length(), 20 + i)));
        }
        mixed.add("");
        mixed.add("石墨烯");
    }

    @AfterAll
    static void close() {
        fp32.close();
    }

    @Test
    void vectorsAreUnitLength512() {
        for (float[] v : fp32.embedAll(mixed)) {
            assertEquals(512, v.length);
            assertEquals(1.0, Math.sqrt(Vectors.dot(v, v)), 1e-5);
        }
        assertEquals(512, fp32.dimensions());
    }

    @Test
    void batchAndSingleAgree() {
        List<float[]> batch = fp32.embedAll(mixed);
        int[] tokens = fp32.tokenCounts(mixed);
        assertTrue(java.util.Arrays.stream(tokens).max().getAsInt() > 512, "some texts must need truncation");
        for (int i = 0; i < mixed.size(); i++) {
            double cos = Vectors.dot(batch.get(i), fp32.embed(mixed.get(i)));
            assertTrue(cos >= 0.9999, "text " + i + " (" + tokens[i] + " tokens): cosine " + cos);
        }
    }

    @Test
    void resultOrderFollowsInputOrder() {
        List<String> shuffled = new ArrayList<>(mixed);
        Collections.shuffle(shuffled, new Random(7));
        List<float[]> a = fp32.embedAll(mixed);
        List<float[]> b = fp32.embedAll(shuffled);
        for (int i = 0; i < shuffled.size(); i++) {
            int original = mixed.indexOf(shuffled.get(i));
            assertTrue(Vectors.dot(a.get(original), b.get(i)) >= 0.9999, "position " + i);
        }
    }

    @Test
    void similarSentencesAreCloserThanUnrelatedOnes() {
        List<float[]> v = fp32.embedAll(List.of("一种锂电池正极材料的制备方法", "锂离子电池正极材料制备工艺",
                "奶牛养殖场粪污处理"));
        assertTrue(Vectors.dot(v.get(0), v.get(1)) > Vectors.dot(v.get(0), v.get(2)) + 0.2);
    }

    @Test
    void concurrentCallersGetTheSameVectors() throws Exception {
        List<float[]> expected = fp32.embedAll(mixed);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<float[]>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    List<float[]> out = new ArrayList<>();
                    for (int i = 0; i < mixed.size(); i++) {
                        String text = mixed.get((i + offset) % mixed.size());
                        out.add(i % 2 == 0 ? fp32.embed(text) : fp32.embedAll(List.of(text, "并发")).get(0));
                    }
                    return out;
                }));
            }
            for (int t = 0; t < 4; t++) {
                List<float[]> got = futures.get(t).get();
                for (int i = 0; i < got.size(); i++) {
                    float[] want = expected.get((i + t) % mixed.size());
                    assertTrue(Vectors.dot(want, got.get(i)) >= 0.9999, "thread " + t + " text " + i);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void emptyListGivesEmptyResult() {
        assertEquals(List.of(), fp32.embedAll(List.of()));
    }

    @Test
    void nullTextIsNamed() {
        List<String> texts = new ArrayList<>(List.of("a", "b"));
        texts.add(null);
        NullPointerException e = assertThrows(NullPointerException.class, () -> fp32.embedAll(texts));
        assertTrue(e.getMessage().contains("texts[2]"), e.getMessage());
    }

    @Test
    void truncateIgnoresEverythingPastMaxLength() {
        String longText = cjk(700, 0);
        float[] a = fp32.embed(longText);
        float[] b = fp32.embed(longText + "这些字在第五百一十二个词元之后");
        float[] c = fp32.embed(longText.substring(0, 510));
        assertTrue(Vectors.dot(a, b) >= 0.9999);
        assertTrue(Vectors.dot(a, c) >= 0.9999, "TRUNCATE keeps exactly the first 510 content tokens");
    }

    @Test
    void meanOfPassagesAveragesOverlappingWindows() throws IOException {
        EmbedderConfig config = TestPaths.config(ModelVariant.FP32).maxLength(128)
                .longTextPolicy(LongTextPolicy.meanOfPassages(64, 8)).build();
        try (OnnxEmbedder e = Embedders.open(config)) {
            // 300 CJK characters are exactly 300 content tokens; windows of 126, stride 62, the last one ends at 300.
            String text = cjk(300, 5);
            assertEquals(302, e.tokenCounts(List.of(text))[0]);
            assertEquals(4, e.passageCount(302));
            float[] sum = new float[512];
            for (int start : new int[] {0, 62, 124, 174}) {
                float[] p = e.embed(text.substring(start, start + 126));
                for (int k = 0; k < sum.length; k++) {
                    sum[k] += p[k];
                }
            }
            double cos = Vectors.dot(Vectors.normalise(sum), e.embed(text));
            assertTrue(cos >= 0.9999, "cosine " + cos);
            assertEquals("bge-small-zh-v1.5/fp32/max128/mean-of-passages(overlap=64,max=8)",
                    e.manifest().id().substring(0, e.manifest().id().indexOf('@')));
            String shortText = "短文本不受影响";
            assertTrue(Vectors.dot(e.embed(shortText), fp32.embed(shortText)) >= 0.9999);
        }
    }

    @Test
    void closedEmbedderRefusesWork() throws IOException {
        OnnxEmbedder e = Embedders.open(TestPaths.config(ModelVariant.INT8).poolSize(1).build());
        e.close();
        assertThrows(IllegalStateException.class, () -> e.embed("x"));
    }

    @Test
    void manifestMatchesConfig() {
        ModelManifest m = fp32.manifest();
        assertEquals("fp32", m.variant());
        assertEquals(512, m.maxLength());
        assertEquals(ModelVariant.FP32.modelSha256(), m.modelSha256());
        assertEquals(TestPaths.config(ModelVariant.FP32).build().manifest(), m);
    }

    /** {@code n} distinct-ish CJK characters from real text, each of which is one token. */
    static String cjk(int n, int skip) {
        try {
            StringBuilder sb = new StringBuilder();
            int skipped = 0;
            for (String t : Corpus.CHINAXIV.read(TestPaths.DATASETS)) {
                for (int i = 0; i < t.length() && sb.length() < n; i++) {
                    char c = t.charAt(i);
                    if (c >= 0x4E00 && c <= 0x9FA5) {
                        if (skipped++ >= skip) {
                            sb.append(c);
                        }
                    }
                }
                if (sb.length() == n) {
                    return sb.toString();
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new IllegalStateException("not enough CJK text");
    }
}
