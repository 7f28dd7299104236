package techmatch.api.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import techmatch.datasets.BundledDatasets;

/**
 * A small copy of the bundled datasets under target/, in the same layout: the first few records of each real source
 * file, so the tests run the real first-start import on a few dozen records instead of the whole corpus.
 */
final class SeedData {

  static final Path REAL = Path.of("..", "datasets");

  private SeedData() {}

  /** Creates (once) and returns the seed datasets folder. */
  static synchronized BundledDatasets datasets() {
    Path root = Path.of("target", "seed-datasets");
    BundledDatasets real = new BundledDatasets(REAL);
    BundledDatasets seed = new BundledDatasets(root);
    try {
      for (int i = 0; i < real.all().size(); i++) {
        Path from = real.all().get(i).file();
        Path to = seed.all().get(i).file();
        if (Files.isRegularFile(to)) {
          continue;
        }
        Files.createDirectories(to.getParent());
        String name = from.getFileName().toString();
        int records = name.endsWith(".csv") ? 3 : name.contains("demands") ? 14 : name.contains("achievements") ? 30 : 5;
        Path tmp = to.resolveSibling(name + ".tmp");
        Files.write(tmp, firstRecords(from, records, name.endsWith(".csv")), StandardCharsets.UTF_8);
        Files.move(tmp, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seed;
  }

  /** The first {@code n} records: JSON lines, or CSV rows after the header (a row may span lines inside quotes). */
  private static List<String> firstRecords(Path file, int n, boolean csv) throws IOException {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      if (csv) {
        out.add(r.readLine());
      }
      int records = 0;
      int quotes = 0;
      String line;
      while (records < n && (line = r.readLine()) != null) {
        out.add(line);
        if (csv) {
          quotes += line.chars().filter(c -> c == '"').count();
          if (quotes % 2 != 0) {
            continue;
          }
          quotes = 0;
        }
        records++;
      }
    }
    return out;
  }

  /** The first line of a real source file, for tests that need one raw record. */
  static String firstLine(String relative) {
    try (BufferedReader r = Files.newBufferedReader(REAL.resolve(relative), StandardCharsets.UTF_8)) {
      return r.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
