package techmatch.datasets;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public data copied into the repository's {@code datasets/} folder (see {@code datasets/SOURCES.md} for sources and
 * licences): what the service imports on first start and what the tests import.
 */
public final class BundledDatasets {

  /** Set by {@code ./techmatch} to the repository's datasets folder, so the CLI works from any directory. */
  public static final String ROOT_PROPERTY = "techmatch.datasets";

  private final Path root;

  public BundledDatasets(Path root) {
    this.root = root;
  }

  /**
   * The datasets folder: the {@value #ROOT_PROPERTY} system property when set, else {@code ./datasets} or
   * {@code ../datasets} (a module directory, where Maven runs tests), whichever holds the data.
   */
  public static BundledDatasets locate() {
    String configured = System.getProperty(ROOT_PROPERTY);
    if (configured != null) {
      return new BundledDatasets(Path.of(configured));
    }
    for (Path candidate : List.of(Path.of("datasets"), Path.of("..", "datasets"), Path.of("."))) {
      if (Files.isRegularFile(candidate.resolve("51jishu/achievements.jsonl"))) {
        return new BundledDatasets(candidate);
      }
    }
    throw new IllegalStateException("cannot find the datasets folder; run from the repository root or set -D"
        + ROOT_PROPERTY + "=<repo>/datasets");
  }

  public Path root() {
    return root;
  }

  /** The achievements of the evaluation corpus (51jishu, ChinaXiv, CSL) in the corpus's order. */
  public List<BundledSource> corpusAchievements() {
    return List.of(
        new BundledSource("51jishu achievements", SourceFormat.JISHU_ACHIEVEMENTS, root.resolve("51jishu/achievements.jsonl")),
        new BundledSource("ChinaXiv abstracts", SourceFormat.CHINAXIV, root.resolve("chinaxiv/abstracts.jsonl")),
        new BundledSource("CSL papers", SourceFormat.CSL, root.resolve("csl/papers.jsonl")));
  }

  /** English university licensing listings. */
  public List<BundledSource> englishAchievements() {
    Path dir = root.resolve("techtransfer-en");
    return List.of(
        new BundledSource("MIT listings", SourceFormat.TECHTRANSFER_CSV, dir.resolve("mit_2024_11_26.csv")),
        new BundledSource("Stanford listings", SourceFormat.TECHTRANSFER_CSV, dir.resolve("stanford_2024_11_24.csv")),
        new BundledSource("UPenn listings", SourceFormat.TECHTRANSFER_CSV, dir.resolve("upenn_2024_12_07.csv")));
  }

  /** The demands of the reverse evaluation corpus (51jishu, haiyan). */
  public List<BundledSource> corpusDemands() {
    return List.of(
        new BundledSource("51jishu demands", SourceFormat.JISHU_DEMANDS, root.resolve("51jishu/demands.jsonl")),
        new BundledSource("haiyan demands", SourceFormat.HAIYAN_DEMANDS, root.resolve("haiyan/demands.jsonl")));
  }

  /** Everything the service starts with. */
  public List<BundledSource> all() {
    List<BundledSource> all = new ArrayList<>(corpusAchievements());
    all.addAll(englishAchievements());
    all.addAll(corpusDemands());
    return List.copyOf(all);
  }
}
