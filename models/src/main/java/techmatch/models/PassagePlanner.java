package techmatch.models;

import java.util.ArrayList;
import java.util.List;

/** Cuts one tokenised text ([CLS] content [SEP]) into the passages the model sees, following a {@link LongTextPolicy}. */
final class PassagePlanner {

    private final int window;
    private final LongTextPolicy policy;
    private final long cls;
    private final long sep;

    PassagePlanner(int maxLength, LongTextPolicy policy, long cls, long sep) {
        policy.checkFits(maxLength);
        this.window = maxLength - 2;
        this.policy = policy;
        this.cls = cls;
        this.sep = sep;
    }

    /** The passages of one text, each with [CLS] and [SEP] and at most maxLength tokens. */
    List<long[]> passages(long[] ids) {
        int content = ids.length - 2;
        if (content <= window) {
            return List.of(ids);
        }
        if (policy.kind() == LongTextPolicy.Kind.TRUNCATE) {
            return List.of(wrap(ids, 1, window));
        }
        int stride = window - policy.overlapTokens();
        List<long[]> out = new ArrayList<>();
        int start = 0;
        while (out.size() < policy.maxPassages()) {
            if (start + window >= content) {
                // The last window ends at the last token rather than running short.
                out.add(wrap(ids, 1 + content - window, window));
                break;
            }
            out.add(wrap(ids, 1 + start, window));
            start += stride;
        }
        return out;
    }

    /** Number of passages {@link #passages} returns for a text of {@code tokens} tokens, without building them. */
    int passageCount(int tokens) {
        int content = tokens - 2;
        if (content <= window || policy.kind() == LongTextPolicy.Kind.TRUNCATE) {
            return 1;
        }
        int stride = window - policy.overlapTokens();
        int n = 1 + (content - window + stride - 1) / stride;
        return Math.min(n, policy.maxPassages());
    }

    private long[] wrap(long[] ids, int from, int count) {
        long[] p = new long[count + 2];
        p[0] = cls;
        System.arraycopy(ids, from, p, 1, count);
        p[count + 1] = sep;
        return p;
    }

    @Override
    public String toString() {
        return "PassagePlanner[window=" + window + ", policy=" + policy.label() + ", cls=" + cls + ", sep=" + sep
                + "]";
    }
}
