package techmatch.models.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SpearmanTest {

    @Test
    void tiesShareTheAverageRank() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4}, Spearman.ranks(new double[] {0.1, 3, 3, 7}));
    }

    @Test
    void knownValues() {
        assertEquals(1.0, Spearman.correlation(new double[] {1, 2, 3}, new double[] {10, 20, 300}), 1e-12);
        assertEquals(-1.0, Spearman.correlation(new double[] {1, 2, 3}, new double[] {3, 2, 1}), 1e-12);
        // scipy.stats.spearmanr([1, 2, 3, 4, 5], [2, 1, 4, 3, 3]) = 0.5642880936468347
        assertEquals(0.5642880936468347,
                Spearman.correlation(new double[] {1, 2, 3, 4, 5}, new double[] {2, 1, 4, 3, 3}), 1e-12);
    }
}
