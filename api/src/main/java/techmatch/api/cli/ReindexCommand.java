package techmatch.api.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import techmatch.api.db.Database;
import techmatch.api.runtime.Components;
import techmatch.api.runtime.DataFolder;
import techmatch.api.runtime.ModelOptions;
import techmatch.core.json.RecordJson;
import techmatch.core.match.MatchSettings;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.Listing;
import techmatch.core.record.RecordValidator;
import techmatch.core.service.MatcherHome;
import techmatch.core.store.ListingCollection;
import techmatch.core.store.PayloadCodec;
import techmatch.datasets.ConsoleProgress;
import techmatch.index.HybridIndex;
import techmatch.index.VectorFormat;

/**
 * {@code ./techmatch reindex}: rebuilds the data folder's index from the records stored in it, with the current
 * embedding model and analysis. Needed when the index was built by another model or analyzer version (the server
 * refuses to open it then), so that a model change never costs the records created through the API.
 *
 * <p>The old index is renamed, not deleted, before the new one is written, and renamed back if the rebuild fails.
 */
final class ReindexCommand implements Command {

  private static final String[] COLLECTIONS = {"achievements", "demands"};

  private final Function<DataFolder, Path> runtimeOf;

  ReindexCommand() {
    this(DataFolder::runtime);
  }

  ReindexCommand(Function<DataFolder, Path> runtimeOf) {
    this.runtimeOf = runtimeOf;
  }

  @Override
  public String name() {
    return "reindex";
  }

  @Override
  public String summary() {
    return "rebuild the index from its stored records with the current model and analysis";
  }

  @Override
  public String usage() {
    return """
        usage: ./techmatch reindex [--data DIR] [--keep-old]

        Reads every record stored in DIR/index (without checking which model built it), moves that index aside to
        DIR/index.before-reindex-<time>, and stores the records again with the current embedding model and analysis,
        with a progress bar. If the rebuild fails, the old index is put back. The server must not be running.

          --data DIR   the data folder (default ./data)
          --keep-old   keep the old index folder after a successful rebuild (by default it is deleted)
        """;
  }

  @Override
  public int run(List<String> argv, PrintStream out, PrintStream err) throws Exception {
    Args args = Args.parse(argv, Set.of("data"), Set.of("keep-old"));
    if (!args.positional().isEmpty()) {
      throw new UsageException("unexpected argument '" + args.positional().get(0) + "'");
    }
    DataFolder data = DataFolder.of(args.option("data", "data"));
    Path index = data.index();
    if (!Files.isDirectory(index)) {
      err.println("techmatch reindex: no index at " + index + "; nothing to rebuild");
      return 1;
    }
    Database db;
    try {
      // The database's file lock is what keeps a running server and this command apart.
      db = Database.open(data.database(System.getenv()));
    } catch (SQLException e) {
      err.println("techmatch reindex: the data folder " + data.root() + " is in use (is the server running on it?): "
          + e.getMessage().lines().findFirst().orElse(""));
      return 1;
    }
    try (db) {
      PayloadCodec payloads = new PayloadCodec(new RecordJson(new RecordValidator(IndustryClassification.standard())));
      List<List<Listing>> stored = new ArrayList<>();
      for (String collection : COLLECTIONS) {
        stored.add(read(index.resolve(collection), payloads));
      }
      out.println("read " + stored.get(0).size() + " achievements and " + stored.get(1).size() + " demands from "
          + index);
      Path old = index.resolveSibling("index.before-reindex-"
          + LocalDateTime.now(Clock.systemUTC()).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
      Files.move(index, old);
      try {
        rebuild(data, stored, out);
      } catch (IOException | RuntimeException e) {
        deleteTree(index);
        Files.move(old, index);
        err.println("techmatch reindex: rebuild failed, the old index is back in place: " + e);
        return 1;
      }
      carryOver(old, index);
      if (args.flag("keep-old")) {
        out.println("the old index is kept at " + old);
      } else {
        deleteTree(old);
      }
      return 0;
    }
  }

  private static List<Listing> read(Path collection, PayloadCodec payloads) throws IOException {
    List<Listing> listings = new ArrayList<>();
    if (Files.isDirectory(collection)) {
      HybridIndex.exportSources(collection, (id, payload) -> listings.add(payloads.decode(payload).listing()));
    }
    return listings;
  }

  private void rebuild(DataFolder data, List<List<Listing>> stored, PrintStream out) throws IOException {
    try (Components c = Components.open(data.cache(), runtimeOf.apply(data), ModelOptions.defaults());
        MatcherHome home = MatcherHome.open(data.index(), c.analysis(), c.embedder(), VectorFormat.defaults(),
            MatchSettings.defaults(), Clock.systemUTC())) {
      store(stored.get(0), home.achievements(), "achievements", out);
      store(stored.get(1), home.demands(), "demands", out);
      out.println("rebuilt " + data.index() + ": " + home.achievements().size() + " achievements, "
          + home.demands().size() + " demands");
    }
  }

  private static void store(List<Listing> listings, ListingCollection collection, String label, PrintStream out)
      throws IOException {
    if (!listings.isEmpty()) {
      collection.upsertAll(listings, new ConsoleProgress("indexing " + label, out));
      collection.compact();
    }
  }

  /**
   * Copies the files that sit beside the collections in the old index folder (the first-start import's completion
   * marker) into the new one; without the marker the next start would import the bundled data again.
   */
  private static void carryOver(Path old, Path index) throws IOException {
    try (Stream<Path> files = Files.list(old)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Files.copy(f, index.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
