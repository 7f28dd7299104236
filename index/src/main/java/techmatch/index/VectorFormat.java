package techmatch.index;

import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import java.util.concurrent.ExecutorService;

/**
 * How the vector field is stored and searched: an HNSW graph over either raw float32 vectors or int8
 * scalar-quantized copies of them (Lucene keeps the raw floats beside the quantized ones, so exact re-scoring and
 * {@link HybridIndex#getVector} stay exact).
 *
 * @param encoding   raw floats or quantized bytes
 * @param maxConn    HNSW "M": neighbours per node (Lucene caps it at 512)
 * @param beamWidth  HNSW construction beam ("efConstruction"), at most 3200
 */
public record VectorFormat(Encoding encoding, int maxConn, int beamWidth) {

  public enum Encoding {
    /** 4 bytes per dimension; exact dot products. */
    FLOAT32,
    /** 1 byte per dimension (Lucene's 7-bit scalar quantization); the graph is searched on the quantized copy. */
    INT8
  }

  public static final int DEFAULT_MAX_CONN = 16;
  public static final int DEFAULT_BEAM_WIDTH = 100;

  public VectorFormat {
    if (encoding == null) {
      throw new IllegalArgumentException("vector format: encoding is required");
    }
    if (maxConn < 2 || maxConn > Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN) {
      throw new IllegalArgumentException(
          "vector format: maxConn must be in [2, " + Lucene99HnswVectorsFormat.MAXIMUM_MAX_CONN + "], got " + maxConn);
    }
    if (beamWidth < 1 || beamWidth > Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH) {
      throw new IllegalArgumentException(
          "vector format: beamWidth must be in [1, " + Lucene99HnswVectorsFormat.MAXIMUM_BEAM_WIDTH + "], got " + beamWidth);
    }
  }

  /**
   * INT8, M=16, beamWidth=100: a quarter of float32's hot memory, and with {@link VectorSearchOptions#defaults()}
   * (fanout, exact re-scoring) the same recall; see the tables in README.md.
   */
  public static VectorFormat defaults() {
    return int8();
  }

  public static VectorFormat float32() {
    return new VectorFormat(Encoding.FLOAT32, DEFAULT_MAX_CONN, DEFAULT_BEAM_WIDTH);
  }

  public static VectorFormat int8() {
    return new VectorFormat(Encoding.INT8, DEFAULT_MAX_CONN, DEFAULT_BEAM_WIDTH);
  }

  public VectorFormat withHnsw(int maxConn, int beamWidth) {
    return new VectorFormat(encoding, maxConn, beamWidth);
  }

  /** @param mergeExec null for single-threaded graph merges, else a pool of {@code mergeWorkers} threads */
  KnnVectorsFormat luceneFormat(int mergeWorkers, ExecutorService mergeExec) {
    int workers = mergeExec == null ? 1 : mergeWorkers;
    return switch (encoding) {
      case FLOAT32 -> new Lucene99HnswVectorsFormat(maxConn, beamWidth, workers, mergeExec);
      // 7 bits, no compression, dynamic confidence interval: Lucene's defaults for its int8 format
      case INT8 -> new Lucene99HnswScalarQuantizedVectorsFormat(maxConn, beamWidth, workers, 7, false, null, mergeExec);
    };
  }

  @Override
  public String toString() {
    return encoding + "(M=" + maxConn + ", beamWidth=" + beamWidth + ")";
  }
}
