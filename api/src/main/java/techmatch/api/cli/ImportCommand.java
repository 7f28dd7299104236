package techmatch.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.sql.SQLException;
import org.apache.lucene.store.LockObtainFailedException;
import techmatch.api.auth.Role;
import techmatch.api.db.Database;
import techmatch.api.db.Migrations;
import techmatch.api.runtime.ServiceResources;
import techmatch.api.service.RecordKind;
import techmatch.api.workflow.Actor;
import techmatch.api.workflow.AssignmentStore;
import techmatch.api.workflow.AuditLog;
import techmatch.api.workflow.RuleAssigner;
import techmatch.api.runtime.Components;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ListingLoader;
import techmatch.api.runtime.ModelOptions;
import techmatch.core.match.MatchSettings;
import techmatch.core.service.MatcherHome;
import techmatch.datasets.ImportSummary;
import techmatch.datasets.Importer;
import techmatch.datasets.SourceFormat;
import techmatch.datasets.SummaryTable;
import techmatch.index.VectorFormat;

/**
 * {@code ./techmatch import FILE…}: reads files onto the record standard, stores the valid records in the data folder
 * and reports every line it could not take.
 */
final class ImportCommand implements Command {

  private final Function<DataFolder, Path> runtimeOf;

  /** As {@code ./techmatch} runs it: natives and scratch space under {@code <data>/runtime}. */
  ImportCommand() {
    this(DataFolder::runtime);
  }

  /** {@code runtimeOf} says where a data folder's native runtime is (tests keep one per JVM). */
  ImportCommand(Function<DataFolder, Path> runtimeOf) {
    this.runtimeOf = runtimeOf;
  }

  @Override
  public String name() {
    return "import";
  }

  @Override
  public String summary() {
    return "import JSONL/CSV files (public sources or the record standard's NDJSON) into the data folder";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch import [--data DIR] [--format FORMAT] [--problems N] [--dry-run] FILE...

        Reads each FILE onto the record standard, stores (creates or replaces, by id) every valid record in the data
        folder's index with a progress bar, and prints per file how many lines were read, imported, skipped (with the
        reason and line number of each) and repaired. The server must not be running on the same folder.

          --data DIR       the data folder (default ./data)
          --format FORMAT  the format of every FILE; by default it is detected from the file's first record.
                           One of: 51jishu-achievements, 51jishu-demands, haiyan-demands, chinaxiv, csl,
                           techtransfer-csv, achievements, demands (the last two: the record standard's NDJSON)
          --problems N     how many problem lines to list per file (default 20)
          --dry-run        only read and check the files; store nothing
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data", "format", "problems"), Set.of("dry-run"));
    if (args.positional().isEmpty()) {
      throw new UsageException("name at least one FILE");
    }
    SourceFormat forced = args.option("format").map(code -> SourceFormat.byCode(code)
        .orElseThrow(() -> new UsageException("unknown format '" + code + "'"))).orElse(null);
    int shown = args.intOption("problems", 20, 0, 10_000);
    Importer importer = Importer.standard();
    List<ListingLoader.Source> sources = new ArrayList<>();
    for (String name : args.positional()) {
      Path file = Path.of(name);
      if (!Files.isRegularFile(file)) {
        throw new UsageException("no such file: " + name);
      }
      sources.add(new ListingLoader.Source(name, file, forced != null ? forced : importer.detect(file)));
    }
    List<ImportSummary> summaries;
    if (args.flag("dry-run")) {
      summaries = new ArrayList<>();
      for (ListingLoader.Source s : sources) {
        summaries.add(importer.importFile(s.file(), s.format(), listing -> { }));
      }
    } else {
      DataFolder data = DataFolder.of(args.option("data", "data"));
      Files.createDirectories(data.root());
      Database db;
      try {
        // First, as the server does: the database's file lock keeps the two apart before any long work starts.
        db = Database.open(data.database(System.getenv()));
      } catch (SQLException e) {
        err.println("techmatch import: the data folder " + data.root() + " is in use (is the server running on it?): "
            + e.getMessage().lines().findFirst().orElse(""));
        return 1;
      }
      try (db;
          Components c = Components.open(data.cache(), runtimeOf.apply(data), ModelOptions.defaults());
          MatcherHome home = MatcherHome.open(data.index(), c.analysis(), c.embedder(), VectorFormat.defaults(),
              MatchSettings.defaults(), Clock.systemUTC())) {
        Migrations.fromClasspath(ServiceResources.MIGRATIONS).apply(db);
        ListingLoader.Outcome outcome = new ListingLoader(importer, err).load(sources, home, false);
        summaries = outcome.summaries();
        out.println("stored " + outcome.achievementsStored() + " achievements and " + outcome.demandsStored()
            + " demands in " + data.root() + " (now " + home.achievements().size() + " achievements, "
            + home.demands().size() + " demands)");
        // New records go to brokers by the assignment rules, as they do when created through the API.
        RuleAssigner rules = new RuleAssigner(db, new AssignmentStore(), new AuditLog(home.json().mapper()),
            Clock.systemUTC());
        Actor actor = new Actor("import", Role.ADMIN.code(), null);
        int assigned = rules.assignNew(actor, RecordKind.ACHIEVEMENT, outcome.newAchievements())
            + rules.assignNew(actor, RecordKind.DEMAND, outcome.newDemands());
        if (assigned > 0) {
          out.println("assigned " + assigned + " new records to brokers by the assignment rules");
        }
      } catch (LockObtainFailedException e) {
        err.println("techmatch import: the data folder " + data.root() + " is in use (is the server running on it?)");
        return 1;
      }
    }
    SummaryTable.print(summaries, out);
    for (ImportSummary s : summaries) {
      s.problems().stream().limit(shown).forEach(p -> err.println(p));
    }
    return summaries.stream().anyMatch(s -> s.imported() == 0 && s.read() > 0) ? 1 : 0;
  }
}
