package techmatch.index;

/**
 * A kNN result.
 *
 * @param cosine dot product of the query and the stored vector (cosine, since both are unit length); exact when
 *               the search re-scored with raw floats, else the value the HNSW search computed
 */
public record VectorHit(String id, float cosine) {}
