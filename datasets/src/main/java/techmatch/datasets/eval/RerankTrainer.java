package techmatch.datasets.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import techmatch.core.match.MatchResult;
import techmatch.core.match.RerankModel;

/**
 * Learns rerank weights by coordinate ascent on mean nDCG@10 (the metric itself, as RankLib's CoordinateAscent does):
 * one feature at a time, the step that most improves the training queries is kept, weights stay L1-normalised, and the
 * best of a few restarts wins. Few weights and a direct objective suit 100 judged queries better than a model that
 * could memorise them.
 */
public final class RerankTrainer {

  /** A training query: its candidates with their features, and its judgments. */
  public record TrainingQuery(String qid, List<MatchResult> candidates, Map<String, Integer> judged) {}

  private static final double[] STEPS = {0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0};

  private final List<String> features;
  private final int restarts;
  private final int rounds;
  private final long seed;

  public RerankTrainer(List<String> features, int restarts, int rounds, long seed) {
    this.features = List.copyOf(features);
    this.restarts = restarts;
    this.rounds = rounds;
    this.seed = seed;
  }

  public RerankModel fit(List<TrainingQuery> queries, String provenance) {
    double[][][] x = matrices(queries);
    Random random = new Random(seed);
    double[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int r = 0; r < restarts; r++) {
      double[] w = new double[features.size()];
      if (r == 0) {
        w[features.indexOf("fused")] = 1; // start from the fused ranking, which is already good
      } else {
        for (int i = 0; i < w.length; i++) {
          w[i] = random.nextDouble();
        }
        normalise(w);
      }
      double score = climb(w, x, queries);
      if (score > bestScore) {
        bestScore = score;
        best = w.clone();
      }
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < features.size(); i++) {
      if (best[i] != 0) {
        weights.put(features.get(i), Math.round(best[i] * 1e6) / 1e6);
      }
    }
    return new RerankModel(weights, 0, provenance + String.format(java.util.Locale.ROOT,
        "; training nDCG@10 %.4f over %d queries", bestScore, queries.size()));
  }

  private double climb(double[] w, double[][][] x, List<TrainingQuery> queries) {
    double current = objective(w, x, queries);
    for (int round = 0; round < rounds; round++) {
      boolean improved = false;
      for (int i = 0; i < w.length; i++) {
        double[] bestW = null;
        double bestScore = current;
        for (double step : STEPS) {
          for (double sign : new double[] {1, -1}) {
            double[] trial = w.clone();
            trial[i] += sign * step;
            normalise(trial);
            double score = objective(trial, x, queries);
            if (score > bestScore + 1e-9) {
              bestScore = score;
              bestW = trial;
            }
          }
        }
        if (bestW != null) {
          System.arraycopy(bestW, 0, w, 0, w.length);
          current = bestScore;
          improved = true;
        }
      }
      if (!improved) {
        break;
      }
    }
    return current;
  }

  private static void normalise(double[] w) {
    double sum = 0;
    for (double v : w) {
      sum += Math.abs(v);
    }
    if (sum > 0) {
      for (int i = 0; i < w.length; i++) {
        w[i] /= sum;
      }
    }
  }

  private double[][][] matrices(List<TrainingQuery> queries) {
    double[][][] x = new double[queries.size()][][];
    for (int q = 0; q < queries.size(); q++) {
      List<MatchResult> cands = queries.get(q).candidates();
      x[q] = new double[cands.size()][features.size()];
      for (int c = 0; c < cands.size(); c++) {
        Map<String, Double> f = cands.get(c).breakdown().features();
        for (int i = 0; i < features.size(); i++) {
          x[q][c][i] = f.getOrDefault(features.get(i), 0.0);
        }
      }
    }
    return x;
  }

  /** Mean nDCG@10 of the queries ranked by {@code w}. */
  double objective(double[] w, double[][][] x, List<TrainingQuery> queries) {
    double sum = 0;
    int n = 0;
    for (int q = 0; q < queries.size(); q++) {
      TrainingQuery tq = queries.get(q);
      if (tq.judged().values().stream().mapToInt(Integer::intValue).max().orElse(0) < 1) {
        continue;
      }
      List<Integer> order = new ArrayList<>();
      double[] s = new double[x[q].length];
      for (int c = 0; c < x[q].length; c++) {
        double v = 0;
        for (int i = 0; i < w.length; i++) {
          v += w[i] * x[q][c][i];
        }
        s[c] = v;
        order.add(c);
      }
      List<MatchResult> cands = tq.candidates();
      order.sort(Comparator.comparingDouble((Integer c) -> -s[c]).thenComparing(c -> cands.get(c).id()));
      List<String> ranked = new ArrayList<>(10);
      for (int i = 0; i < Math.min(10, order.size()); i++) {
        ranked.add(cands.get(order.get(i)).id());
      }
      sum += Metrics.ndcg10(ranked, tq.judged());
      n++;
    }
    return n == 0 ? 0 : sum / n;
  }
}
