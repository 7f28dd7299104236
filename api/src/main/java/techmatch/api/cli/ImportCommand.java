package techmatch.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import techmatch.datasets.ImportSummary;
import techmatch.datasets.Importer;
import techmatch.datasets.SourceFormat;
import techmatch.datasets.SummaryTable;

/** {@code ./techmatch import FILE…}: reads files onto the record standard and reports every line it could not take. */
final class ImportCommand implements Command {

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "import JSONL/CSV files (public sources or the record standard's NDJSON)";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch import [--format FORMAT] FILE...

        Reads each FILE onto the record standard and prints, per file, how many lines were read, imported, skipped
        (with the reason and line number of each) and repaired.

          --format FORMAT  the format of every FILE; by default it is detected from the file's first record.
                           One of: 51jishu-achievements, 51jishu-demands, haiyan-demands, chinaxiv, csl,
                           techtransfer-csv, achievements, demands (the last two: the record standard's NDJSON)
          --problems N     how many problem lines to list per file (default 20)
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("format", "problems"), Set.of());
    if (args.positional().isEmpty()) {
      throw new UsageException("name at least one FILE");
    }
    SourceFormat forced = args.option("format").map(code -> SourceFormat.byCode(code)
        .orElseThrow(() -> new UsageException("unknown format '" + code + "'"))).orElse(null);
    int shown = args.intOption("problems", 20, 0, 10_000);
    Importer importer = Importer.standard();
    List<ImportSummary> summaries = new ArrayList<>();
    for (String name : args.positional()) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such file: " + name);
      }
      SourceFormat format = forced != null ? forced : importer.detect(file);
      summaries.add(importer.importFile(file, format, listing -> { }));
    }
    SummaryTable.print(summaries, out);
    for (ImportSummary s : summaries) {
      s.problems().stream().limit(shown).forEach(p -> err.println(p));
    }
    return summaries.stream().anyMatch(s -> s.imported() == 0 && s.read() > 0) ? 1 : 0;
  }
}
