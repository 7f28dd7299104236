package techmatch.models;

import java.util.List;

/**
 * Passages padded to a common length, laid out row-major as the model's [batch, length] inputs.
 *
 * @param passages the passages, in row order
 * @param length   padded length (the longest passage)
 * @param ids      input_ids, 0-padded
 * @param mask     attention_mask, 1 for real tokens
 */
record TokenBatch(List<Passage> passages, int length, long[] ids, long[] mask) {

    static TokenBatch of(List<Passage> passages) {
        int length = 0;
        for (Passage p : passages) {
            length = Math.max(length, p.length());
        }
        long[] ids = new long[passages.size() * length];
        long[] mask = new long[ids.length];
        for (int row = 0; row < passages.size(); row++) {
            long[] p = passages.get(row).ids();
            System.arraycopy(p, 0, ids, row * length, p.length);
            java.util.Arrays.fill(mask, row * length, row * length + p.length, 1L);
        }
        return new TokenBatch(passages, length, ids, mask);
    }

    int size() {
        return passages.size();
    }

    /** Padding tokens in this batch: the work wasted on padding. */
    long paddingTokens() {
        long real = 0;
        for (Passage p : passages) {
            real += p.length();
        }
        return (long) size() * length - real;
    }
}
