package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchPlannerTest {

    private static List<Passage> randomPassages(int n, long seed) {
        Random r = new Random(seed);
        List<Passage> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Passage(i, new long[3 + r.nextInt(200)]));
        }
        return out;
    }

    @Test
    void everyPassageLandsInExactlyOneBatchWithinTheLimits() {
        List<Passage> passages = randomPassages(500, 1);
        List<TokenBatch> batches = new BatchPlanner(32, 2048).plan(passages);
        Set<Integer> seen = new HashSet<>();
        for (TokenBatch b : batches) {
            assertTrue(b.size() <= 32);
            assertTrue((long) b.size() * b.length() <= 2048, "tokens " + b.size() * b.length());
            for (Passage p : b.passages()) {
                assertTrue(seen.add(p.owner()));
            }
        }
        assertEquals(500, seen.size());
    }

    @Test
    void sortingByLengthCutsPadding() {
        List<Passage> passages = randomPassages(512, 2);
        long sortedPadding = 0;
        for (TokenBatch b : new BatchPlanner(32, 1 << 20).plan(passages)) {
            sortedPadding += b.paddingTokens();
        }
        long naivePadding = 0;
        for (int i = 0; i < passages.size(); i += 32) {
            naivePadding += TokenBatch.of(passages.subList(i, i + 32)).paddingTokens();
        }
        assertTrue(sortedPadding * 5 < naivePadding, sortedPadding + " vs " + naivePadding);
    }

    @Test
    void tokenBatchPadsWithZerosAndMasksThem() {
        TokenBatch b = TokenBatch.of(List.of(new Passage(0, new long[] {101, 7, 102}), new Passage(1,
                new long[] {101, 102})));
        assertEquals(3, b.length());
        assertEquals(List.of(101L, 7L, 102L, 101L, 102L, 0L), toList(b.ids()));
        assertEquals(List.of(1L, 1L, 1L, 1L, 1L, 0L), toList(b.mask()));
        assertEquals(1, b.paddingTokens());
    }

    private static List<Long> toList(long[] a) {
        List<Long> l = new ArrayList<>();
        for (long x : a) {
            l.add(x);
        }
        return l;
    }
}
