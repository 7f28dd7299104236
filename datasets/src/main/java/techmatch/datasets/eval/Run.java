package techmatch.datasets.eval;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A ranked list per query, written as {@code qid TAB docid TAB rank TAB score} so score.py can rescore it. */
public record Run(String name, Map<String, List<Ranked>> byQuery) {

  public record Ranked(String docId, double score) {}

  public Run {
    byQuery = Collections.unmodifiableMap(new LinkedHashMap<>(byQuery));
  }

  public List<String> ids(String qid) {
    return byQuery.getOrDefault(qid, List.of()).stream().map(Ranked::docId).toList();
  }

  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, List<Ranked>> e : byQuery.entrySet()) {
        int rank = 1;
        for (Ranked r : e.getValue()) {
          w.write(e.getKey() + "\t" + r.docId() + "\t" + rank++ + "\t" + String.format(Locale.ROOT, "%.6f", r.score()));
          w.newLine();
        }
      }
    }
  }
}
