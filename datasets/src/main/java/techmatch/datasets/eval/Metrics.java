package techmatch.datasets.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The measures of {@code datasets/eval/score.py}, computed the same way: nDCG@10 with gain 2^g − 1 and unjudged
 * documents as 0, nDCG'@10 on the list with unjudged documents removed, judged@10, and R@50, MRR@10, P@10 with
 * relevant meaning grade ≥ 2. Queries without any grade ≥ 1 are left out; the last three only count queries with a
 * relevant document.
 */
public final class Metrics {

  private Metrics() {}

  /** Per-query values of one run, in the judgments' query order. */
  public record QueryScores(String qid, double ndcg, double ndcgCondensed, double judged, Double recall50,
      Double mrr10, Double p10) {}

  /** The means, and the per-query values for paired comparisons. */
  public record Summary(double ndcg, double ndcgCondensed, double judged, double recall50, double mrr10, double p10,
      List<QueryScores> perQuery) {

    public Map<String, Double> ndcgByQuery() {
      Map<String, Double> m = new LinkedHashMap<>();
      perQuery.forEach(q -> m.put(q.qid(), q.ndcg()));
      return m;
    }
  }

  public static Summary score(Judgments judgments, Run run) {
    List<QueryScores> per = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> e : judgments.byQuery().entrySet()) {
      Map<String, Integer> judged = e.getValue();
      if (judged.values().stream().mapToInt(Integer::intValue).max().orElse(0) < 1) {
        continue;
      }
      List<String> ranked = run.ids(e.getKey());
      List<String> condensed = ranked.stream().filter(judged::containsKey).toList();
      long judgedTop = ranked.stream().limit(10).filter(judged::containsKey).count();
      Set<String> relevant = new HashSet<>();
      judged.forEach((d, g) -> {
        if (g >= 2) {
          relevant.add(d);
        }
      });
      Double recall = null;
      Double mrr = null;
      Double p10 = null;
      if (!relevant.isEmpty()) {
        recall = ranked.stream().limit(50).filter(relevant::contains).count() / (double) relevant.size();
        double rr = 0;
        for (int i = 0; i < Math.min(10, ranked.size()); i++) {
          if (relevant.contains(ranked.get(i))) {
            rr = 1.0 / (i + 1);
            break;
          }
        }
        mrr = rr;
        p10 = ranked.stream().limit(10).filter(relevant::contains).count() / 10.0;
      }
      per.add(new QueryScores(e.getKey(), ndcg10(ranked, judged), ndcg10(condensed, judged), judgedTop / 10.0,
          recall, mrr, p10));
    }
    return new Summary(mean(per, QueryScores::ndcg), mean(per, QueryScores::ndcgCondensed),
        mean(per, QueryScores::judged), meanOf(per, QueryScores::recall50), meanOf(per, QueryScores::mrr10),
        meanOf(per, QueryScores::p10), per);
  }

  static double ndcg10(List<String> ranked, Map<String, Integer> judged) {
    double dcg = 0;
    for (int i = 0; i < Math.min(10, ranked.size()); i++) {
      dcg += (Math.pow(2, judged.getOrDefault(ranked.get(i), 0)) - 1) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(judged.values());
    ideal.sort((a, b) -> b - a);
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static double mean(List<QueryScores> per, java.util.function.ToDoubleFunction<QueryScores> f) {
    return per.stream().mapToDouble(f).average().orElse(0);
  }

  private static double meanOf(List<QueryScores> per, java.util.function.Function<QueryScores, Double> f) {
    return per.stream().map(f).filter(v -> v != null).mapToDouble(Double::doubleValue).average().orElse(0);
  }
}
