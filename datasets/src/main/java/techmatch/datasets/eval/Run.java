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

  /** Reads a run file ({@code qid TAB docid TAB rank [TAB score]}), ordering each query's documents by rank. */
  public static Run read(Path file) throws IOException {
    Map<String, List<String[]>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 3) {
        rows.computeIfAbsent(f[0], k -> new java.util.ArrayList<>()).add(f);
      }
    }
    Map<String, List<Ranked>> byQuery = new LinkedHashMap<>();
    rows.forEach((q, list) -> {
      list.sort(java.util.Comparator.comparingInt(f -> Integer.parseInt(f[2].strip())));
      byQuery.put(q, list.stream().map(f -> new Ranked(f[1], f.length > 3 ? Double.parseDouble(f[3]) : 0)).toList());
    });
    return new Run(file.getFileName().toString(), byQuery);
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
