package techmatch.index;

/**
 * The single vector field of an index.
 *
 * @param field            Lucene field name
 * @param dims             dimensions every vector must have
 * @param modelFingerprint identifies the embedding model that produced the vectors (e.g. "bge-small-zh-v1.5/fp32");
 *                         recorded in the index and checked on open, because vectors of two models are not comparable
 * @param format           storage and HNSW parameters
 */
public record VectorSpec(String field, int dims, String modelFingerprint, VectorFormat format) {

  /** Lucene's HNSW formats accept at most this many dimensions. */
  public static final int MAX_DIMS = 1024;

  public VectorSpec {
    IndexSchema.requireFieldName(field, "vector field");
    if (dims < 1 || dims > MAX_DIMS) {
      throw new IllegalArgumentException("vector field '" + field + "': dims must be in [1, " + MAX_DIMS + "], got " + dims);
    }
    if (modelFingerprint == null || modelFingerprint.isBlank()) {
      throw new IllegalArgumentException("vector field '" + field + "': modelFingerprint is required");
    }
    if (format == null) {
      throw new IllegalArgumentException("vector field '" + field + "': format is required");
    }
  }
}
