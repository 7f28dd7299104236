package techmatch.api.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import techmatch.datasets.BundledDatasets;

/**
 * The console tests' copy of the bundled datasets under target/, in the same layout: from each real Chinese source
 * the first few lines and the lines about batteries and energy storage (so that the demands the tests review have
 * real, relevant candidates to rank), and only the header of the English CSVs (English analysis is not what the
 * console tests are about and costs a CoreNLP load).
 */
final class ConsoleSeed {

  static final Path REAL = Path.of("..", "datasets");
  static final Path ROOT = Path.of("target", "console-seed-datasets");
  private static final Pattern TOPIC = Pattern.compile("电池|锂|储能|正极|负极|电解");

  private ConsoleSeed() {}

  static synchronized BundledDatasets datasets() {
    BundledDatasets real = new BundledDatasets(REAL);
    BundledDatasets seed = new BundledDatasets(ROOT);
    try {
      for (int i = 0; i < real.all().size(); i++) {
        Path from = real.all().get(i).file();
        Path to = seed.all().get(i).file();
        if (Files.isRegularFile(to)) {
          continue;
        }
        Files.createDirectories(to.getParent());
        String name = from.getFileName().toString();
        List<String> lines;
        if (name.endsWith(".csv")) {
          lines = header(from);
        } else if (from.toString().contains("51jishu") && name.contains("achievements")) {
          lines = pick(from, 40, 110);
        } else if (name.contains("demands")) {
          lines = pick(from, 8, 24);
        } else {
          lines = pick(from, 3, 10);
        }
        Path tmp = to.resolveSibling(name + ".tmp");
        Files.write(tmp, lines, StandardCharsets.UTF_8);
        Files.move(tmp, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return seed;
  }

  /** The first {@code first} lines, then up to {@code onTopic} later lines about the tests' topic. */
  private static List<String> pick(Path file, int first, int onTopic) throws IOException {
    List<String> out = new ArrayList<>();
    int topical = 0;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null && (out.size() < first || topical < onTopic)) {
        if (out.size() < first) {
          out.add(line);
        } else if (TOPIC.matcher(line).find()) {
          out.add(line);
          topical++;
        }
      }
    }
    return out;
  }

  private static List<String> header(Path csv) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return List.of(r.readLine());
    }
  }
}
