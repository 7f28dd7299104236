package techmatch.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One TechAnalyzers shared by several threads gives the same terms as one thread alone. */
class ConcurrentAnalysisTest {
    @Test
    void sharedAnalyzersAreThreadSafe() throws Exception {
        try (TechAnalyzers nlp = TechAnalyzers.shipped()) {
            List<String> texts = Datasets.texts("51jishu/achievements.jsonl", "context", t -> t.length() > 100).subList(0, 200);
            List<List<String>> expected = new ArrayList<>();
            for (String t : texts) {
                expected.add(nlp.terms(t));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<List<List<String>>>> futures = new ArrayList<>();
                for (int w = 0; w < 4; w++) {
                    final int offset = w * 50;
                    futures.add(pool.submit(() -> {
                        List<List<String>> out = new ArrayList<>();
                        for (int i = 0; i < texts.size(); i++) {
                            out.add(nlp.terms(texts.get((i + offset) % texts.size())));
                        }
                        return out;
                    }));
                }
                for (int w = 0; w < 4; w++) {
                    List<List<String>> got = futures.get(w).get();
                    for (int i = 0; i < texts.size(); i++) {
                        assertEquals(expected.get((i + w * 50) % texts.size()), got.get(i), "worker " + w + " text " + i);
                    }
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
