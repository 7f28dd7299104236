package techmatch.index;

import java.io.IOException;

/** The index on disk was built for another embedding model, dimension count or analysis chain. */
public final class IndexMismatchException extends IOException {
  public IndexMismatchException(String message) {
    super(message);
  }
}
