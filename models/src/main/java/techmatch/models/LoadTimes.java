package techmatch.models;

/**
 * Where the time of {@link Embedders#open} went, in nanoseconds.
 *
 * @param runtimeNanos   pinning and loading the native libraries (only the first open of a process pays this)
 * @param filesNanos     extracting the model files, or re-hashing them when already extracted
 * @param tokenizerNanos loading tokenizer.json
 * @param sessionNanos   creating the ONNX Runtime session (graph optimisation included)
 * @param warmupNanos    the first inference
 * @param extracted      true when the files were written (a cold start)
 */
public record LoadTimes(long runtimeNanos, long filesNanos, long tokenizerNanos, long sessionNanos,
        long warmupNanos, boolean extracted) {

    public long totalNanos() {
        return runtimeNanos + filesNanos + tokenizerNanos + sessionNanos + warmupNanos;
    }
}
