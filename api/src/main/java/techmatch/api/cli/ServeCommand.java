package techmatch.api.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import techmatch.datasets.BundledDatasets;
import techmatch.datasets.BundledSource;
import techmatch.datasets.ImportSummary;
import techmatch.datasets.Importer;
import techmatch.datasets.SummaryTable;

/** {@code ./techmatch serve}: the service on the bundled data. */
final class ServeCommand implements Command {

  @Override
  public String name() {
    return "serve";
  }

  @Override
  public String summary() {
    return "start the service on the bundled data";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch serve [--data DIR] [--host H] [--port N]

        Imports the bundled data on first start and serves it.

          --data DIR   where everything is kept (default ./data)
          --host H     the address to listen on (default 127.0.0.1)
          --port N     the port to listen on (default 8080)
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data", "host", "port"), Set.of());
    args.intOption("port", 8080, 0, 65535);
    Importer importer = Importer.standard();
    List<ImportSummary> summaries = new ArrayList<>();
    for (BundledSource source : BundledDatasets.locate().all()) {
      summaries.add(importer.importFile(source.file(), source.format(), listing -> { }));
    }
    SummaryTable.print(summaries, out);
    return 0;
  }
}
