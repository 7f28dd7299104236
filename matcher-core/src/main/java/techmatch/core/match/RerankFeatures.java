package techmatch.core.match;

import java.util.List;

/** The names of the rerank features, for tools that learn or print weights. */
public final class RerankFeatures {

  private RerankFeatures() {}

  public static List<String> names() {
    return Features.ALL;
  }
}
