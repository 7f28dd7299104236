package techmatch.api.runtime;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import techmatch.core.record.Achievement;
import techmatch.core.record.Listing;
import techmatch.core.service.MatcherHome;
import techmatch.core.store.ListingCollection;
import techmatch.core.store.Progress;
import techmatch.datasets.ConsoleProgress;
import techmatch.datasets.ImportSummary;
import techmatch.datasets.Importer;
import techmatch.datasets.SourceFormat;

/**
 * Reads files through the importers and stores what they yield into a {@link MatcherHome}, in chunks so that an
 * interrupted load keeps every chunk that finished (each is durable when {@code upsertAll} returns) and a progress bar
 * with an ETA shows how far it is.
 */
public final class ListingLoader {

  /** A load of at least this many listings into one collection is followed by {@link ListingCollection#compact()}. */
  static final int COMPACT_AFTER = 1000;

  /** Listings per upsertAll call: small enough that an interruption loses little, large enough to batch embeddings. */
  static final int CHUNK = 512;

  /** One file to read and the format it is in. */
  public record Source(String name, Path file, SourceFormat format) {}

  /**
   * What a load read and stored; {@code newAchievements} and {@code newDemands} are the stored listings whose id was
   * not stored before (the others replaced a stored record).
   */
  public record Outcome(List<ImportSummary> summaries, int achievementsStored, int demandsStored, int alreadyStored,
      List<Listing> newAchievements, List<Listing> newDemands) {}

  private final Importer importer;
  private final PrintStream progressOut;

  public ListingLoader(Importer importer, PrintStream progressOut) {
    this.importer = importer;
    this.progressOut = progressOut;
  }

  /**
   * Imports every source and stores the valid listings.
   *
   * @param skipStored leave out listings whose id is already stored (resuming an interrupted load); otherwise they are
   *                   replaced
   */
  public Outcome load(List<Source> sources, MatcherHome home, boolean skipStored) throws IOException {
    List<ImportSummary> summaries = new ArrayList<>();
    List<Listing> achievements = new ArrayList<>();
    List<Listing> demands = new ArrayList<>();
    for (Source s : sources) {
      summaries.add(importer.importFile(s.file(), s.format(),
          l -> (l instanceof Achievement ? achievements : demands).add(l)));
    }
    int skipped = 0;
    if (skipStored) {
      int before = achievements.size() + demands.size();
      removeStored(achievements, home.achievements());
      removeStored(demands, home.demands());
      skipped = before - achievements.size() - demands.size();
    }
    List<Listing> newAchievements = skipStored ? List.copyOf(achievements) : unstored(achievements, home.achievements());
    List<Listing> newDemands = skipStored ? List.copyOf(demands) : unstored(demands, home.demands());
    store(achievements, home.achievements(), "achievements");
    store(demands, home.demands(), "demands");
    return new Outcome(summaries, achievements.size(), demands.size(), skipped, newAchievements, newDemands);
  }

  private static List<Listing> unstored(List<Listing> listings, ListingCollection collection) throws IOException {
    List<Listing> out = new ArrayList<>();
    for (Listing l : listings) {
      if (!collection.contains(l.id())) {
        out.add(l);
      }
    }
    return out;
  }

  private static void removeStored(List<Listing> listings, ListingCollection collection) throws IOException {
    List<Listing> kept = new ArrayList<>(listings.size());
    for (Listing l : listings) {
      if (!collection.contains(l.id())) {
        kept.add(l);
      }
    }
    listings.clear();
    listings.addAll(kept);
  }

  private void store(List<Listing> listings, ListingCollection collection, String label) throws IOException {
    if (listings.isEmpty()) {
      return;
    }
    Progress bar = new ConsoleProgress("indexing " + label, progressOut);
    int total = listings.size();
    for (int start = 0; start < total; start += CHUNK) {
      int offset = start;
      List<Listing> chunk = listings.subList(start, Math.min(total, start + CHUNK));
      collection.upsertAll(chunk, (done, n) -> bar.update(offset + done, total));
    }
    if (total >= COMPACT_AFTER) {
      progressOut.println("merging the " + label + " index into one segment (faster queries)");
      collection.compact();
    }
  }
}
