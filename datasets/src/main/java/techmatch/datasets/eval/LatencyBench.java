package techmatch.datasets.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import techmatch.core.match.Direction;
import techmatch.core.match.MatchEngine;
import techmatch.core.match.MatchFilters;
import techmatch.core.match.MatchQuery;
import techmatch.core.match.RankingStage;
import techmatch.core.match.Subject;

/**
 * Single-threaded latency of a recommendation for a stored listing, as the service computes it (full pipeline,
 * explanations on, first page of 10): warm-up rounds first, then every query of the set timed on its own.
 */
public final class LatencyBench {

  /** Percentiles in milliseconds. */
  public record Result(String name, int samples, double p50, double p90, double p99, double max, double mean) {}

  private LatencyBench() {}

  public static Result run(String name, MatchEngine engine, Direction direction, List<String> ids, int warmupRounds,
      int rounds) throws IOException {
    MatchFilters filters = MatchFilters.NONE.withIncludeExpired(true);
    for (int r = 0; r < warmupRounds; r++) {
      for (String id : ids) {
        engine.match(query(direction, id, filters));
      }
    }
    List<Double> ms = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (String id : ids) {
        long t = System.nanoTime();
        engine.match(query(direction, id, filters));
        ms.add((System.nanoTime() - t) / 1e6);
      }
    }
    double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return new Result(name, sorted.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
        sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
  }

  private static MatchQuery query(Direction d, String id, MatchFilters filters) {
    return new MatchQuery(d, new Subject.Stored(id), filters, 10, 0, null, RankingStage.RERANKED, Set.of(), null, true);
  }

  static double pct(double[] sorted, double p) {
    int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }

  public static void print(List<Result> results, PrintStream out) {
    out.printf(Locale.ROOT, "| %-34s | %7s | %7s | %7s | %7s | %7s | %7s |%n", "case", "samples", "p50 ms", "p90 ms",
        "p99 ms", "max ms", "mean ms");
    out.println("|" + "-".repeat(36) + ("|" + "-".repeat(9)).repeat(6) + "|");
    for (Result r : results) {
      out.printf(Locale.ROOT, "| %-34s | %7d | %7.1f | %7.1f | %7.1f | %7.1f | %7.1f |%n", r.name(), r.samples(), r.p50(),
          r.p90(), r.p99(), r.max(), r.mean());
    }
  }
}
