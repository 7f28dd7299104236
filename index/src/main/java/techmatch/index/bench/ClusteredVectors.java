package techmatch.index.bench;

import java.util.SplittableRandom;

/**
 * Deterministic unit vectors around Gaussian cluster centres: vector i is a function of (seed, i) alone, so the
 * benchmark can regenerate any vector instead of holding a million of them in memory.
 *
 * @param noise ratio of the noise norm to the centre norm; 1.0 puts a point at cosine ≈ 0.7 from its centre and
 *              ≈ 0.5 from its cluster mates, with near-ties that make HNSW work for its recall
 */
public record ClusteredVectors(int dims, int clusters, double noise, long seed, float[][] centres) {

  public static ClusteredVectors create(int dims, int clusters, double noise, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    float[][] centres = new float[clusters][];
    for (int c = 0; c < clusters; c++) {
      float[] v = new float[dims];
      for (int d = 0; d < dims; d++) {
        v[d] = (float) r.nextGaussian();
      }
      centres[c] = normalise(v);
    }
    return new ClusteredVectors(dims, clusters, noise, seed, centres);
  }

  /** Vector number i (documents use 0..n-1, queries use indices past n). */
  public float[] vector(long i) {
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
    float[] centre = centres[r.nextInt(clusters)];
    double scale = noise / Math.sqrt(dims);
    float[] v = new float[dims];
    for (int d = 0; d < dims; d++) {
      v[d] = (float) (centre[d] + scale * r.nextGaussian());
    }
    return normalise(v);
  }

  static float[] normalise(float[] v) {
    double sq = 0;
    for (float x : v) {
      sq += (double) x * x;
    }
    float inv = (float) (1 / Math.sqrt(sq));
    for (int d = 0; d < v.length; d++) {
      v[d] *= inv;
    }
    return v;
  }
}
