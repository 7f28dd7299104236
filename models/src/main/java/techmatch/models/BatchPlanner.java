package techmatch.models;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups passages into batches. Sorting by length first means each batch holds passages of similar length, so little
 * compute goes to padding; a batch is closed when it reaches {@code batchSize} passages or when one more would push
 * passages x padded length over {@code maxBatchTokens}.
 */
final class BatchPlanner {

    private final int batchSize;
    private final int maxBatchTokens;

    BatchPlanner(int batchSize, int maxBatchTokens) {
        this.batchSize = batchSize;
        this.maxBatchTokens = maxBatchTokens;
    }

    List<TokenBatch> plan(List<Passage> passages) {
        List<Passage> sorted = new ArrayList<>(passages);
        sorted.sort(Comparator.comparingInt(Passage::length).reversed());
        List<TokenBatch> batches = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            int longest = sorted.get(i).length(); // sorted descending: the first passage sets the padded length
            int end = i + 1;
            while (end < sorted.size() && end - i < batchSize && (long) (end - i + 1) * longest <= maxBatchTokens) {
                end++;
            }
            batches.add(TokenBatch.of(sorted.subList(i, end)));
            i = end;
        }
        return batches;
    }
}
