package techmatch.datasets.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One query of an evaluation set: the id of a listing in the opposite corpus, with its title and text. */
public record EvalQuery(String id, String title, String text) {

  public static List<EvalQuery> load(Path queriesJsonl) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<EvalQuery> out = new ArrayList<>();
    for (String line : Files.readAllLines(queriesJsonl, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = mapper.readTree(line);
      out.add(new EvalQuery(n.path("id").asText(), n.path("title").asText(""), n.path("text").asText("")));
    }
    return out;
  }
}
