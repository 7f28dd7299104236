package techmatch.index;

import java.util.List;
import java.util.Map;

/**
 * The result of a keyword search that also scored some named documents.
 *
 * @param hits   the BM25 top-k in rank order
 * @param scored the per-field scores of the documents asked for besides the top-k, by id (ids not in the index are
 *               left out; documents matching no term score 0)
 */
public record TextSearch(List<TextHit> hits, Map<String, TextHit> scored) {

  public TextSearch {
    hits = List.copyOf(hits);
    scored = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scored));
  }
}
