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
 *                       parallel); includes the two below
 * @param inputNanos     part of inferenceNanos spent building the input tensors
 * @param outputNanos    part of inferenceNanos spent copying the hidden states out, pooling and normalising
 */
public record EmbedderStats(long texts, long passages, long batches, long tokens, long paddingTokens,
        long tokenizeNanos, long inferenceNanos, long inputNanos, long outputNanos) {
}
