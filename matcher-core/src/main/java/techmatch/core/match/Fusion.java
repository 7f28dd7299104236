package techmatch.core.match;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Combines keyword and vector evidence. Every candidate has both scores by the time fusion runs (a document found by
 * only one list is scored against the other), so a document missing from a list is not treated as scoring zero: RRF
 * uses the rank its completed score would have had in that list, and the score-based methods normalise its completed
 * score with the list's own statistics.
 */
final class Fusion {

  static final int RRF_K = 60;

  private Fusion() {}

  /** Sets {@link Candidate#fused} for every candidate; {@code keywordWeight} in [0, 1], the vector side gets the rest. */
  static void fuse(List<Candidate> candidates, FusionMethod method, double keywordWeight, List<Double> bm25List,
      List<Double> cosineList) {
    double w = keywordWeight;
    switch (method) {
      case RRF -> candidates.forEach(c -> c.fused = w / (RRF_K + c.bm25VirtualRank)
          + (1 - w) / (RRF_K + c.denseVirtualRank));
      case MINMAX -> {
        Stats k = Stats.of(bm25List);
        Stats d = Stats.of(cosineList);
        candidates.forEach(c -> c.fused = w * k.minMax(value(c.bm25)) + (1 - w) * d.minMax(value(c.cosine)));
      }
      case ZSCORE -> {
        Stats k = Stats.of(bm25List);
        Stats d = Stats.of(cosineList);
        candidates.forEach(c -> c.fused = w * k.z(value(c.bm25)) + (1 - w) * d.z(value(c.cosine)));
      }
      default -> throw new IllegalArgumentException("unknown fusion " + method);
    }
  }

  private static double value(Double d) {
    return d == null ? 0 : d;
  }

  /** The 1-based rank {@code score} would take in {@code sortedDescending}, ties going after existing entries. */
  static int virtualRank(List<Double> sortedDescending, double score) {
    int lo = 0;
    int hi = sortedDescending.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sortedDescending.get(mid) >= score) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo + 1;
  }

  /** Minimum, maximum, mean and standard deviation of one retrieved list's scores. */
  record Stats(double min, double max, double mean, double sd) {

    static Stats of(List<Double> values) {
      if (values.isEmpty()) {
        return new Stats(0, 0, 0, 0);
      }
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      double sum = 0;
      for (double v : values) {
        min = Math.min(min, v);
        max = Math.max(max, v);
        sum += v;
      }
      double mean = sum / values.size();
      double sq = 0;
      for (double v : values) {
        sq += (v - mean) * (v - mean);
      }
      return new Stats(min, max, mean, Math.sqrt(sq / values.size()));
    }

    /** Scaled to [0, 1]; a completed score below the list's minimum is clipped to 0. */
    double minMax(double v) {
      if (max <= min) {
        return v >= max ? 1 : 0;
      }
      return Math.max(0, Math.min(1, (v - min) / (max - min)));
    }

    double z(double v) {
      return sd <= 0 ? 0 : (v - mean) / sd;
    }
  }

  static <T> List<Double> scores(List<T> hits, ToDoubleFunction<T> score) {
    return hits.stream().map(h -> score.applyAsDouble(h)).toList();
  }
}
