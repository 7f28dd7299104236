package techmatch.index;

/**
 * How a {@link HybridIndex} is opened.
 *
 * @param verifyChecksums read every file of the last commit on open and verify its checksum (Lucene only checks
 *                        headers/footers of large files otherwise); costs a sequential read of the index
 * @param ramBufferMb     indexing buffer before a segment is flushed; bigger means fewer, larger HNSW graphs
 *                        (Lucene still flushes one indexing thread's buffer at about 1.9 GB)
 * @param hnswMergeThreads see {@link #withHnswMergeThreads}
 */
public record OpenOptions(boolean verifyChecksums, double ramBufferMb, int hnswMergeThreads) {

  public OpenOptions {
    if (!(ramBufferMb >= 1) || ramBufferMb > 16_384) {
      throw new IllegalArgumentException("open options: ramBufferMb must be in [1, 16384], got " + ramBufferMb);
    }
    if (hnswMergeThreads < 1 || hnswMergeThreads > 64) {
      throw new IllegalArgumentException("open options: hnswMergeThreads must be in [1, 64], got " + hnswMergeThreads);
    }
  }

  public static OpenOptions defaults() {
    return new OpenOptions(true, 64, 1);
  }

  public OpenOptions withRamBufferMb(double mb) {
    return new OpenOptions(verifyChecksums, mb, hnswMergeThreads);
  }

  public OpenOptions withVerifyChecksums(boolean verify) {
    return new OpenOptions(verify, ramBufferMb, hnswMergeThreads);
  }

  /** Threads that insert nodes into the merged HNSW graph concurrently (Lucene's numMergeWorkers). */
  public OpenOptions withHnswMergeThreads(int threads) {
    return new OpenOptions(verifyChecksums, ramBufferMb, threads);
  }
}
