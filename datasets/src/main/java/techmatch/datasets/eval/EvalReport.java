package techmatch.datasets.eval;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Prints one evaluation set's runs as a table, each run's nDCG@10 paired against a baseline run. */
public final class EvalReport {

  private final Map<String, Metrics.Summary> rows = new LinkedHashMap<>();

  public void add(String name, Metrics.Summary summary) {
    rows.put(name, summary);
  }

  public Metrics.Summary get(String name) {
    return rows.get(name);
  }

  public void print(String title, String baseline, PrintStream out) {
    out.println();
    out.println(title);
    out.printf(Locale.ROOT, "| %-14s | %7s | %8s | %9s | %6s | %6s | %6s | %-18s |%n", "run", "nDCG@10", "nDCG'@10",
        "judged@10", "R@50", "MRR@10", "P@10", "Δ nDCG@10 vs " + baseline);
    out.println("|" + "-".repeat(16) + "|" + "-".repeat(9) + "|" + "-".repeat(10) + "|" + "-".repeat(11) + "|"
        + "-".repeat(8) + "|" + "-".repeat(8) + "|" + "-".repeat(8) + "|" + "-".repeat(20) + "|");
    Metrics.Summary base = rows.get(baseline);
    rows.forEach((name, s) -> out.printf(Locale.ROOT, "| %-14s | %7.4f | %8.4f | %9.3f | %6.4f | %6.4f | %6.4f | %-18s |%n",
        name, s.ndcg(), s.ndcgCondensed(), s.judged(), s.recall50(), s.mrr10(), s.p10(),
        base == null || name.equals(baseline) ? "" : PairedDifference.of(s.ndcgByQuery(), base.ndcgByQuery())));
  }
}
