package techmatch.api.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import techmatch.core.service.MatcherHome;
import techmatch.datasets.BundledDatasets;
import techmatch.datasets.SummaryTable;

/**
 * The first start's import of the bundled data. Completion is recorded in a marker file, so later starts skip it; a
 * start without the marker (the first, or one after an interrupted import) imports again and stores only the listings
 * not stored yet, so an interruption costs at most the chunk that was being written.
 */
public final class BundledImport {

  private final BundledDatasets datasets;
  private final ListingLoader loader;
  private final Clock clock;
  private final PrintStream out;

  public BundledImport(BundledDatasets datasets, ListingLoader loader, Clock clock, PrintStream out) {
    this.datasets = datasets;
    this.loader = loader;
    this.clock = clock;
    this.out = out;
  }

  /** Whether the bundled data is already in the index behind {@code marker}. */
  public static boolean done(Path marker) {
    return Files.isRegularFile(marker);
  }

  /** Imports the bundled data unless the marker says it was done; returns whether it imported now. */
  public boolean ensure(MatcherHome home, Path marker) throws IOException {
    if (done(marker)) {
      return false;
    }
    boolean resuming = home.achievements().size() + home.demands().size() > 0;
    out.println(resuming
        ? "techmatch: resuming the import of the bundled data (an earlier import did not finish)"
        : "techmatch: first start: importing and indexing the bundled data (once; later starts open the index)");
    List<ListingLoader.Source> sources = datasets.all().stream()
        .map(s -> new ListingLoader.Source(s.name(), s.file(), s.format())).toList();
    ListingLoader.Outcome outcome = loader.load(sources, home, true);
    SummaryTable.print(outcome.summaries(), out);
    String record = "completedAt=" + clock.instant() + "\n"
        + "achievements=" + home.achievements().size() + "\n"
        + "demands=" + home.demands().size() + "\n"
        + "storedNow=" + (outcome.achievementsStored() + outcome.demandsStored()) + "\n"
        + "storedEarlier=" + outcome.alreadyStored() + "\n"
        + "datasets=" + datasets.root().toAbsolutePath().normalize() + "\n";
    Path tmp = marker.resolveSibling(marker.getFileName() + ".tmp");
    Files.createDirectories(marker.getParent());
    Files.writeString(tmp, record, StandardCharsets.UTF_8);
    Files.move(tmp, marker, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    out.println("techmatch: bundled data indexed: " + home.achievements().size() + " achievements, "
        + home.demands().size() + " demands");
    return true;
  }
}
