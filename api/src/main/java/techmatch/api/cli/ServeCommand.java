package techmatch.api.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import techmatch.api.http.ApiServer;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ServiceResources;
import techmatch.datasets.BundledDatasets;

/** {@code ./techmatch serve}: the HTTP service on the data folder, importing the bundled data on first start. */
final class ServeCommand implements Command {

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "start the HTTP service (imports the bundled data on first start)";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch serve [--data DIR] [--host H] [--port N] [--match-threads N] [--match-queue N]
                                 [--match-cache N] [--empty]

        Serves the API (see api/README.md and GET /openapi.yaml). The first start imports and indexes the bundled
        data (about 22,700 listings) with a progress bar and ETA and records that it finished; later starts open the
        index in seconds, and a start after an interrupted import resumes it. Stop with Ctrl-C or SIGTERM: requests
        in flight are answered and the indexes are closed.

        The admin key is TECHMATCH_ADMIN_KEY when set; otherwise it is generated on first start into DIR/admin.key
        (readable only by you) and printed once. Every request sends a key in the X-API-Key header.

        API keys and the broker workflow live in the H2 file DIR/techmatch.mv.db, or in a PostgreSQL database when
        TECHMATCH_JDBC_URL is set (jdbc:postgresql://host:port/database, optionally ?currentSchema=S), with
        TECHMATCH_JDBC_USER and TECHMATCH_JDBC_PASSWORD; the schema is created and migrated at start. The index
        stays in DIR either way; use one database (or schema) per data folder.

          --data DIR          where everything is kept (default ./data)
          --host H            the address to listen on (default 127.0.0.1)
          --port N            the port to listen on (default 8080; 0 picks a free port and prints it)
          --match-threads N   worker threads for matching (default: the number of cores, at least 2)
          --match-queue N     matching requests running or waiting before 429 Too Many Requests (default 64)
          --match-cache N     ranked pages kept until the next write, for repeated views and paging (default
                              1000; 0 turns it off)
          --empty             do not import the bundled data (start with what DIR already holds)
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data", "host", "port", "match-threads", "match-queue", "match-cache"),
        Set.of("empty"));
    if (!args.positional().isEmpty()) {
      throw new UsageException("serve takes no file arguments");
    }
    ApiServer.Options defaults = ApiServer.Options.defaults();
    int threads = args.intOption("match-threads", defaults.matchThreads(), 1, 256);
    int queue = args.intOption("match-queue", Math.max(defaults.matchQueue(), threads), threads, 100_000);
    ApiServer.Options options = defaults
        .withAddress(args.option("host", defaults.host()), args.intOption("port", defaults.port(), 0, 65535))
        .withMatchPool(threads, queue)
        .withMatchCache(args.intOption("match-cache", defaults.matchCache(), 0, 1_000_000));
    DataFolder data = DataFolder.of(args.option("data", "data"));
    BundledDatasets bundled = args.flag("empty") ? null : BundledDatasets.locate();
    ServiceResources resources = ServiceResources.open(ServiceResources.Config.of(data, bundled, System.getenv(), out));
    ApiServer server;
    try {
      server = ApiServer.start(resources, options, err);
    } catch (Exception e) {
      resources.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      out.println("techmatch: stopping (finishing requests in flight, closing the indexes) ...");
      server.stop();
      try {
        resources.close();
        out.println("techmatch: stopped");
      } catch (Exception e) {
        err.println("techmatch: closing the data folder failed: " + e);
      } finally {
        out.flush();
        stopped.countDown();
      }
    }, "techmatch-shutdown"));
    out.println("techmatch: " + resources.home().achievements().size() + " achievements, "
        + resources.home().demands().size() + " demands in " + data.root());
    out.println("techmatch: database " + resources.database().describe());
    out.println("techmatch: admin key from " + resources.adminKey().origin());
    out.println("techmatch: listening on " + server.baseUrl() + "  (API under " + ApiServer.BASE
        + ", GET /openapi.yaml, GET /health)");
    out.flush();
    stopped.await();
    return 0;
  }
}
