package techmatch.api.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import techmatch.api.auth.ApiKeyStore;
import techmatch.api.auth.Role;
import techmatch.api.bench.ApiBench;
import techmatch.api.bench.LoadGenerator;
import techmatch.api.http.ApiServer;
import techmatch.api.runtime.BundledImport;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ServiceResources;
import techmatch.core.record.Listing;
import techmatch.core.store.StoredListing;
import techmatch.index.SearchFilter;

/**
 * {@code ./techmatch bench TARGET}: {@code api}, the load benchmark over loopback against a service it starts
 * in-process on a data folder that already holds the bundled data; {@code match}, the engine's single-threaded latency
 * for stored listings over the evaluation corpora; and the modules' own benchmarks ({@code embed}, {@code analysis},
 * {@code vectors}, {@code writes}), whose options pass through.
 */
final class BenchCommand implements Command {

  @Override
  public String name() {
    return "bench";
  }

  @Override
  public String summary() {
    return "benchmarks: api (load over loopback), match (engine latency), embed, analysis, vectors, writes";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch bench match [--data DIR] [--model int8|fp32] [--max-length N] [--rounds N]
               ./techmatch bench embed|analysis|vectors|writes [options of that benchmark]
               ./techmatch bench api [--data DIR] [--concurrency 1,8,32] [--seconds S] [--warmup S] [--k N]
                                     [--match-threads N]

        Starts the service in this process on 127.0.0.1 (a free port) over DIR, which must already hold the bundled
        data (run `./techmatch serve --data DIR` once and stop it), and drives it with a closed-loop Vert.x WebClient
        load generator: for each concurrency, GET /api/v1/demands/{id}/recommendations cycling through every stored
        demand, then POST /api/v1/match with a demand's text made new per request (so each one embeds). Prints
        requests, errors, throughput and p50/p99/mean latency per endpoint and concurrency, and the load average.
        Uses a broker key created for the run and deleted after it. The client shares the machine with the server.

          --data DIR          the data folder (default ./data)
          --concurrency LIST  clients at once, comma separated (default 1,8,32)
          --seconds S         measured seconds per row (default 20)
          --warmup S          unmeasured seconds before each row (default 5)
          --k N               results per request (default 10)
          --match-threads N   the server's matching threads (default: cores, at least 2)

        bench match: opens the evaluation corpora index under DIR/eval-index (built by ./techmatch eval with the same
        --model and --max-length) and times, on one thread, the full recommendation (retrieval, fusion, features,
        rerank, duplicate folding, explanations; first page of 10) for each stored demand of datasets/eval/dev and each
        stored achievement of datasets/eval/reverse-dev, after one warm-up round; prints p50/p90/p99/max per direction.

        bench embed (techmatch.models.bench.ThroughputBench), analysis (techmatch.nlp.bench.AnalysisBench), vectors
        (techmatch.index.bench.VectorBench), writes (techmatch.index.bench.WriteBench): see each module's README.
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    String target = argv.isEmpty() ? "" : argv.get(0);
    List<String> rest = argv.isEmpty() ? List.of() : argv.subList(1, argv.size());
    switch (target) {
      case "match" -> {
        return match(rest, out, err);
      }
      case "embed" -> {
        techmatch.models.bench.ThroughputBench.main(rest.toArray(String[]::new));
        return 0;
      }
      case "analysis" -> {
        techmatch.nlp.bench.AnalysisBench.main(rest.toArray(String[]::new));
        return 0;
      }
      case "vectors" -> {
        techmatch.index.bench.VectorBench.main(rest.toArray(String[]::new));
        return 0;
      }
      case "writes" -> {
        techmatch.index.bench.WriteBench.main(rest.toArray(String[]::new));
        return 0;
      }
      default -> {
        return api(argv, out, err);
      }
    }
  }

  private int match(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data", "model", "max-length", "rounds"), Set.of());
    java.nio.file.Path data = java.nio.file.Path.of(args.option("data", "data"));
    techmatch.api.runtime.ModelOptions model = ModelArgs.read(args, techmatch.models.LongTextPolicy.truncate());
    int rounds = args.intOption("rounds", 5, 1, 100);
    techmatch.datasets.BundledDatasets bundled = techmatch.datasets.BundledDatasets.locate();
    java.nio.file.Path folder = data.resolve("eval-index").resolve(model.slug());
    if (!java.nio.file.Files.isRegularFile(folder.resolve("complete.properties"))) {
      throw new UsageException(folder + " holds no evaluation index; run ./techmatch eval --data " + data
          + " with the same --model and --max-length first");
    }
    List<techmatch.datasets.eval.LatencyBench.Result> results = new ArrayList<>();
    try (techmatch.api.runtime.Components c = techmatch.api.runtime.Components.open(data, model);
        techmatch.core.service.MatcherHome home = techmatch.datasets.eval.EvalCorpus.open(folder, bundled,
            c.analysis(), c.embedder(), techmatch.index.VectorFormat.defaults(),
            techmatch.core.match.MatchSettings.defaults(), java.time.Clock.systemUTC(), err)) {
      out.println("techmatch bench match: " + home.achievements().size() + " achievements, " + home.demands().size()
          + " demands, model " + model.slug() + ", " + rounds + " rounds, one thread; load average before: "
          + ApiBench.loadAverage());
      for (techmatch.datasets.eval.EvalSet set : techmatch.datasets.eval.EvalSet.both(bundled.root().resolve("eval"))) {
        List<String> ids = set.queries().stream().map(techmatch.datasets.eval.EvalQuery::id).toList();
        results.add(techmatch.datasets.eval.LatencyBench.run(set.direction().code() + " (stored)", home.engine(),
            set.direction(), ids, 1, rounds));
      }
      techmatch.datasets.eval.LatencyBench.print(results, out);
      out.println("load average after: " + ApiBench.loadAverage());
    }
    return 0;
  }

  private int api(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data", "concurrency", "seconds", "warmup", "k", "match-threads"), Set.of());
    if (!args.positional().equals(List.of("api"))) {
      throw new UsageException("say what to benchmark: ./techmatch bench api");
    }
    DataFolder data = DataFolder.of(args.option("data", "data"));
    if (!BundledImport.done(data.bundledMarker())) {
      throw new UsageException(data.root() + " does not hold the bundled data yet; run ./techmatch serve --data "
          + data.root() + " once (it imports on first start), stop it, and run the benchmark again");
    }
    List<Integer> concurrencies = new ArrayList<>();
    for (String c : args.option("concurrency", "1,8,32").split(",")) {
      try {
        concurrencies.add(Integer.parseInt(c.strip()));
      } catch (NumberFormatException e) {
        throw new UsageException("--concurrency takes whole numbers separated by commas, not '" + c + "'");
      }
    }
    double seconds = args.intOption("seconds", 20, 1, 3600);
    double warmup = args.intOption("warmup", 5, 0, 600);
    int k = args.intOption("k", 10, 1, 100);
    ApiServer.Options defaults = ApiServer.Options.defaults();
    int threads = args.intOption("match-threads", defaults.matchThreads(), 1, 256);
    int maxConcurrency = concurrencies.stream().mapToInt(Integer::intValue).max().orElse(1);
    // The queue admits every client, so the figures show latency under load rather than refusals.
    ApiServer.Options options = defaults.withAddress("127.0.0.1", 0)
        .withMatchPool(threads, Math.max(defaults.matchQueue(), maxConcurrency));

    try (ServiceResources resources = ServiceResources.open(ServiceResources.Config.of(data, null, System.getenv(), err))) {
      ApiServer server = ApiServer.start(resources, options, err);
      ApiKeyStore.IssuedKey key = resources.keys().create(Role.BROKER, "bench", "bench api run");
      try (LoadGenerator load = new LoadGenerator(server.baseUrl(), key.key())) {
        // Only public demands: the bench's broker key may not read private ones (they would count as 404 errors).
        List<String> ids = new ArrayList<>();
        for (StoredListing s : resources.home().demands().getAll(
            resources.home().demands().index().ids(SearchFilter.none())).values()) {
          if (s.listing().visibility() == techmatch.core.record.Visibility.PUBLIC) {
            ids.add(s.listing().id());
          }
        }
        Collections.shuffle(ids, new Random(7));
        List<Listing> texts = new ArrayList<>();
        for (StoredListing s : resources.home().demands().getAll(ids.subList(0, Math.min(500, ids.size()))).values()) {
          texts.add(s.listing());
        }
        out.println("techmatch bench api: " + resources.home().achievements().size() + " achievements, " + ids.size()
            + " demands; " + Runtime.getRuntime().availableProcessors() + " cores; match threads " + threads
            + "; k=" + k + "; " + (int) warmup + " s warm-up + " + (int) seconds + " s per row");
        out.println("load average before: " + ApiBench.loadAverage());
        new ApiBench(load, new ApiBench.Workload(ids, texts), out).run(concurrencies, warmup, seconds, k);
        out.println("load average after:  " + ApiBench.loadAverage());
      } finally {
        resources.keys().delete(key.info().id());
        server.stop();
      }
    }
    return 0;
  }
}
