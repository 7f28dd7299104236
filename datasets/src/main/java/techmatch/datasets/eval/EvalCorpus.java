package techmatch.datasets.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import techmatch.core.match.MatchSettings;
import techmatch.core.record.Listing;
import techmatch.core.service.MatcherHome;
import techmatch.core.text.TextAnalysis;
import techmatch.datasets.BundledDatasets;
import techmatch.datasets.BundledSource;
import techmatch.datasets.ConsoleProgress;
import techmatch.datasets.Importer;
import techmatch.index.VectorFormat;
import techmatch.models.Embedder;

/**
 * The evaluation corpora (the achievements of {@code corpus-ids.txt}, the demands of {@code reverse-corpus-ids.txt})
 * indexed in a folder of their own, built once and reused while the model, the analysis and the data stay the same.
 */
public final class EvalCorpus {

  private static final String MARKER = "complete.properties";

  private EvalCorpus() {}

  public static MatcherHome open(Path folder, BundledDatasets data, TextAnalysis analysis, Embedder embedder,
      VectorFormat format, MatchSettings settings, Clock clock, PrintStream log) throws IOException {
    Importer importer = Importer.standard();
    List<Listing> achievements = new ArrayList<>();
    List<Listing> demands = new ArrayList<>();
    for (BundledSource s : data.corpusAchievements()) {
      importer.importFile(s.file(), s.format(), achievements::add);
    }
    for (BundledSource s : data.corpusDemands()) {
      importer.importFile(s.file(), s.format(), demands::add);
    }
    Properties expected = new Properties();
    expected.setProperty("achievements", Integer.toString(achievements.size()));
    expected.setProperty("demands", Integer.toString(demands.size()));
    expected.setProperty("model", embedder.manifest().id());
    expected.setProperty("analysis", analysis.fingerprint());
    expected.setProperty("format", format.toString());
    expected.setProperty("payload", Integer.toString(techmatch.core.store.ListingCollection.PAYLOAD_VERSION));
    Path marker = folder.resolve(MARKER);
    if (!expected.equals(read(marker))) {
      if (Files.exists(folder)) {
        log.println("eval: rebuilding " + folder + " (model, analysis or data changed, or the last build did not finish)");
        deleteTree(folder);
      }
      Files.createDirectories(folder);
      try (MatcherHome home = MatcherHome.open(folder, analysis, embedder, format, settings, clock)) {
        home.achievements().upsertAll(achievements, new ConsoleProgress("indexing achievements", log));
        home.demands().upsertAll(demands, new ConsoleProgress("indexing demands", log));
        log.println("merging the corpus indexes into one segment each");
        home.achievements().compact();
        home.demands().compact();
      }
      try (OutputStream out = Files.newOutputStream(marker)) {
        expected.store(out, "evaluation corpus built completely");
      }
    }
    return MatcherHome.open(folder, analysis, embedder, format, settings, clock);
  }

  private static Properties read(Path marker) throws IOException {
    Properties p = new Properties();
    if (Files.isRegularFile(marker)) {
      try (InputStream in = Files.newInputStream(marker)) {
        p.load(in);
      }
    }
    return p;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (var paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
