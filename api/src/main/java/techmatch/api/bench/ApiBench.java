package techmatch.api.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpMethod;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import techmatch.core.record.Listing;

/**
 * The load benchmark of the two ranked-list endpoints. {@code GET /demands/{id}/recommendations} runs twice: cycling
 * through every stored demand (each request ranks a demand not ranked before, so the page cache never helps: the
 * engine's cost), and over a working set of {@value #HOT_SET} demands requested again and again (enterprises and
 * brokers re-reading their lists: answered from the page cache until the next write). {@code POST /match} sends a
 * demand's text made new per request, so every request embeds and ranks new text. One table row per workload and
 * concurrency.
 */
public final class ApiBench {

  /** The demands to rank for and take texts from. */
  public record Workload(List<String> demandIds, List<Listing> texts) {}

  static final int HOT_SET = 64;

  private final LoadGenerator load;
  private final Workload workload;
  private final PrintStream out;
  private final ObjectMapper mapper = new ObjectMapper();

  public ApiBench(LoadGenerator load, Workload workload, PrintStream out) {
    this.load = load;
    this.workload = workload;
    this.out = out;
  }

  public List<LoadGenerator.Result> run(List<Integer> concurrencies, double warmup, double seconds, int k)
      throws Exception {
    List<LoadGenerator.Result> results = new ArrayList<>();
    out.println(header());
    // Different ids for the two workloads, so the cold one never meets a page the hot one left in the cache.
    List<String> hot = workload.demandIds().subList(0, Math.min(HOT_SET, workload.demandIds().size()));
    List<String> cold = workload.demandIds().subList(hot.size(), workload.demandIds().size());
    AtomicLong coldNext = new AtomicLong();
    for (int c : concurrencies) {
      LoadGenerator.Result r = load.run("GET recommendations, new demand", c, warmup, seconds,
          n -> recommendations(cold.get((int) (coldNext.getAndIncrement() % cold.size())), k));
      results.add(r);
      out.println(row(r));
    }
    int primed = load.sendEach(hot.stream().map(id -> recommendations(id, k)).toList());
    if (primed != hot.size()) {
      throw new IllegalStateException("priming the working set: only " + primed + " of " + hot.size() + " answered 200");
    }
    for (int c : concurrencies) {
      LoadGenerator.Result r = load.run("GET recommendations, " + hot.size() + " demands", c, warmup, seconds,
          n -> recommendations(hot.get((int) (n % hot.size())), k));
      results.add(r);
      out.println(row(r));
    }
    for (int c : concurrencies) {
      LoadGenerator.Result r = load.run("POST /match (new text)", c, warmup, seconds, n -> {
        Listing l = workload.texts().get((int) (n % workload.texts().size()));
        ObjectNode body = mapper.createObjectNode().put("title", l.title())
            // A request number makes every text new to the embedding cache: each request embeds.
            .put("text", l.description() + " （第" + n + "次）").put("direction", "demand-to-achievements").put("k", k);
        return new LoadGenerator.Call(HttpMethod.POST, "/api/v1/match", body.toString());
      });
      results.add(r);
      out.println(row(r));
    }
    return results;
  }

  private static LoadGenerator.Call recommendations(String id, int k) {
    return new LoadGenerator.Call(HttpMethod.GET, "/api/v1/demands/" + URLEncoder.encode(id, StandardCharsets.UTF_8)
        + "/recommendations?k=" + k, null);
  }

  static String header() {
    return String.format(Locale.ROOT, "%-36s %5s %9s %7s %8s %8s %8s %8s", "endpoint", "conc", "requests", "errors",
        "req/s", "p50 ms", "p99 ms", "mean ms");
  }

  static String row(LoadGenerator.Result r) {
    return String.format(Locale.ROOT, "%-36s %5d %9d %7s %8.1f %8.1f %8.1f %8.1f", r.name(), r.concurrency(),
        r.requests(), r.errors() == 0 ? "0" : r.errors() + (r.busy() > 0 ? " (" + r.busy() + "×429)" : ""),
        r.throughput(), r.percentileMillis(0.50), r.percentileMillis(0.99), r.meanMillis());
  }

  /** The 1-minute load average, to print next to the figures (other builds share the machine). */
  public static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (Exception e) {
      return "unknown";
    }
  }
}
