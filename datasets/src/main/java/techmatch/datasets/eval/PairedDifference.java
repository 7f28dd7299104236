package techmatch.datasets.eval;

import java.util.Map;

/**
 * The per-query paired difference in nDCG@10 between two runs on the same queries, with a 95 % interval
 * (mean ± t × sd / √n, t for n − 1 degrees of freedom): the figure to give before calling a change an improvement.
 */
public record PairedDifference(double mean, double halfWidth, int n) {

  public static PairedDifference of(Map<String, Double> a, Map<String, Double> b) {
    double sum = 0;
    int n = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double other = b.get(e.getKey());
      if (other != null) {
        sum += e.getValue() - other;
        n++;
      }
    }
    if (n < 2) {
      return new PairedDifference(n == 1 ? sum : 0, Double.NaN, n);
    }
    double mean = sum / n;
    double sq = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) {
      Double other = b.get(e.getKey());
      if (other != null) {
        double d = e.getValue() - other - mean;
        sq += d * d;
      }
    }
    double sd = Math.sqrt(sq / (n - 1));
    return new PairedDifference(mean, tCritical(n - 1) * sd / Math.sqrt(n), n);
  }

  /** Two-sided 95 % critical value of Student's t; the normal value beyond 120 degrees of freedom. */
  static double tCritical(int df) {
    double[] table = {12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228};
    if (df <= table.length) {
      return table[df - 1];
    }
    if (df <= 30) {
      return 2.042 + (2.228 - 2.042) * (30 - df) / 20.0;
    }
    if (df <= 120) {
      return 1.980 + (2.042 - 1.980) * (120 - df) / 90.0;
    }
    return 1.960;
  }

  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, "%+.3f ± %.3f", mean, halfWidth);
  }
}
