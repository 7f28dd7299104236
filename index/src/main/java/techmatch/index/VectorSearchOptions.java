package techmatch.index;

/**
 * Query-time knobs of a kNN search.
 *
 * @param fanout      the graph is searched for k × fanout candidates (Lucene's k doubles as the beam, "ef"), of which
 *                    the best k are returned; higher raises recall at the cost of latency
 * @param exactRerank re-score the candidates with the raw float vectors before taking the top k; this is what makes
 *                    INT8 results exact in order and score (no effect on FLOAT32, whose scores already are exact)
 */
public record VectorSearchOptions(int fanout, boolean exactRerank) {

  /**
   * Recall@10 0.999 at 100k clustered 512-dim vectors (README.md); recall falls as the graph grows, and at 1M the
   * same setting needs a fanout of 24–32 for ≥ 0.95.
   */
  public static final int DEFAULT_FANOUT = 4;

  public VectorSearchOptions {
    if (fanout < 1 || fanout > 100) {
      throw new IllegalArgumentException("vector search: fanout must be in [1, 100], got " + fanout);
    }
  }

  public static VectorSearchOptions defaults() {
    return new VectorSearchOptions(DEFAULT_FANOUT, true);
  }
}
