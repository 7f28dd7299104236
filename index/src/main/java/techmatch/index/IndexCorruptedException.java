package techmatch.index;

import java.io.IOException;

/** The index on disk failed Lucene's checks (checksums, headers, missing commit). It is left as it was found. */
public final class IndexCorruptedException extends IOException {
  public IndexCorruptedException(String message, Throwable cause) {
    super(message, cause);
  }
}
