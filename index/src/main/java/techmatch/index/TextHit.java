package techmatch.index;

import java.util.Map;

/**
 * A BM25 result.
 *
 * @param score       Σ over fields of weight × field score (what the hit was ranked by)
 * @param fieldScores each field's own BM25 score, before its weight (0 when the field did not match)
 */
public record TextHit(String id, float score, Map<String, Float> fieldScores) {
  public TextHit {
    fieldScores = Map.copyOf(fieldScores);
  }
}
