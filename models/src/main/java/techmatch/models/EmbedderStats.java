package techmatch.models;

/**
 * Counters since an embedder was opened; they tell where the time of {@link Embedder#embedAll} goes.
 *
 * @param texts          texts embedded
 * @param passages       model inputs (more than texts when long texts are split)
 * @param batches        inferences run
 * @param tokens         real tokens fed to the model
 * @param paddingTokens  padding tokens fed to the model (compute spent on nothing)
 * @param tokenizeNanos  wall time spent tokenising and planning passages, summed over calls
 * @param inferenceNanos time spent inside inferences, summed over predictors (can exceed wall time when they run in
 *                       parallel)
 */
public record EmbedderStats(long texts, long passages, long batches, long tokens, long paddingTokens,
        long tokenizeNanos, long inferenceNanos) {
}
