package techmatch.index;

/**
 * How a {@link HybridIndex} is opened.
 *
 * @param verifyChecksums read every file of the last commit on open and verify its checksum (Lucene only checks
 *                        headers/footers of large files otherwise); costs a sequential read of the index
 * @param ramBufferMb     indexing buffer before a segment is flushed; bigger means fewer, larger HNSW graphs
 */
public record OpenOptions(boolean verifyChecksums, double ramBufferMb) {

  public OpenOptions {
    if (!(ramBufferMb >= 1) || ramBufferMb > 2000) {
      throw new IllegalArgumentException("open options: ramBufferMb must be in [1, 2000], got " + ramBufferMb);
    }
  }

  public static OpenOptions defaults() {
    return new OpenOptions(true, 64);
  }

  public OpenOptions withRamBufferMb(double mb) {
    return new OpenOptions(verifyChecksums, mb);
  }

  public OpenOptions withVerifyChecksums(boolean verify) {
    return new OpenOptions(verify, ramBufferMb);
  }
}
