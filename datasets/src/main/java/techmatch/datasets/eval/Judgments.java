package techmatch.datasets.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Graded relevance judgments: {@code qid TAB docid TAB grade [TAB reason]}, grades 0 to 3. */
public record Judgments(Map<String, Map<String, Integer>> byQuery) {

  public Judgments {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    byQuery.forEach((q, docs) -> copy.put(q, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
    byQuery = Collections.unmodifiableMap(copy);
  }

  public static Judgments load(Path qrels) throws IOException {
    Map<String, Map<String, Integer>> byQuery = new LinkedHashMap<>();
    int lineNo = 0;
    for (String line : Files.readAllLines(qrels, StandardCharsets.UTF_8)) {
      lineNo++;
      String[] f = line.split("\t", -1);
      if (f.length < 3) {
        continue;
      }
      try {
        byQuery.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
      } catch (NumberFormatException e) {
        throw new IOException(qrels + ":" + lineNo + ": grade '" + f[2] + "' is not a number", e);
      }
    }
    return new Judgments(byQuery);
  }

  public Map<String, Integer> of(String qid) {
    return byQuery.getOrDefault(qid, Map.of());
  }
}
