package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagePlannerTest {

    private static final long CLS = 101;
    private static final long SEP = 102;

    /** [CLS] 1 2 ... n [SEP] */
    private static long[] text(int n) {
        long[] ids = new long[n + 2];
        ids[0] = CLS;
        for (int i = 1; i <= n; i++) {
            ids[i] = i;
        }
        ids[n + 1] = SEP;
        return ids;
    }

    @Test
    void shortTextIsOnePassageUnderBothPolicies() {
        long[] ids = text(8);
        assertSame(ids, new PassagePlanner(10, LongTextPolicy.truncate(), CLS, SEP).passages(ids).get(0));
        assertSame(ids, new PassagePlanner(10, LongTextPolicy.meanOfPassages(2, 8), CLS, SEP).passages(ids).get(0));
    }

    @Test
    void truncateKeepsTheHeadAndAddsSep() {
        List<long[]> p = new PassagePlanner(6, LongTextPolicy.truncate(), CLS, SEP).passages(text(20));
        assertEquals(1, p.size());
        assertArrayEquals(new long[] {CLS, 1, 2, 3, 4, SEP}, p.get(0));
    }

    @Test
    void windowsOverlapAndTheLastEndsAtTheEnd() {
        // window 4, overlap 1 -> stride 3; 10 tokens: starts 0, 3, then the last at 6 (10 - 4).
        PassagePlanner planner = new PassagePlanner(6, LongTextPolicy.meanOfPassages(1, 8), CLS, SEP);
        List<long[]> p = planner.passages(text(10));
        assertEquals(3, p.size());
        assertArrayEquals(new long[] {CLS, 1, 2, 3, 4, SEP}, p.get(0));
        assertArrayEquals(new long[] {CLS, 4, 5, 6, 7, SEP}, p.get(1));
        assertArrayEquals(new long[] {CLS, 7, 8, 9, 10, SEP}, p.get(2));
        assertEquals(3, planner.passageCount(12));
    }

    @Test
    void maxPassagesBoundsTheCost() {
        PassagePlanner planner = new PassagePlanner(6, LongTextPolicy.meanOfPassages(0, 2), CLS, SEP);
        List<long[]> p = planner.passages(text(100));
        assertEquals(2, p.size());
        assertArrayEquals(new long[] {CLS, 5, 6, 7, 8, SEP}, p.get(1));
        assertEquals(2, planner.passageCount(102));
    }

    @Test
    void passageCountAgreesWithPassages() {
        for (int overlap : new int[] {0, 1, 3}) {
            PassagePlanner planner = new PassagePlanner(7, LongTextPolicy.meanOfPassages(overlap, 50), CLS, SEP);
            for (int n = 0; n < 60; n++) {
                List<long[]> p = planner.passages(text(n));
                assertEquals(p.size(), planner.passageCount(n + 2), "overlap " + overlap + ", n " + n);
                for (long[] passage : p) {
                    assertEquals(CLS, passage[0]);
                    assertEquals(SEP, passage[passage.length - 1]);
                }
                if (n > 5) {
                    assertEquals(n, p.get(p.size() - 1)[5], "last window ends at the last token");
                }
            }
        }
    }

    @Test
    void overlapMustLeaveRoomToAdvance() {
        assertThrows(IllegalArgumentException.class,
                () -> new PassagePlanner(6, LongTextPolicy.meanOfPassages(4, 8), CLS, SEP));
    }
}
