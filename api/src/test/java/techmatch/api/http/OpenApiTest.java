package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import techmatch.core.match.Direction;

/** The served OpenAPI document and the registered routes describe the same API, both ways round. */
@ExtendWith(SharedServer.class)
class OpenApiTest {

  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

  private final SharedServer.Fixture f = SharedServer.get();

  private JsonNode document() throws Exception {
    Http.Resp r = f.http.get("/openapi.yaml", null);
    assertEquals(200, r.status(), "served without a key");
    assertTrue(r.header("Content-Type").startsWith("application/yaml"));
    JsonNode doc = new YAMLMapper().readTree(r.text());
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    return doc;
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() throws Exception {
    Set<String> documented = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = document().get("paths").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> path = it.next();
      for (Iterator<String> ops = path.getValue().fieldNames(); ops.hasNext(); ) {
        String op = ops.next();
        if (METHODS.contains(op)) {
          documented.add(op.toUpperCase() + " " + path.getKey());
        }
      }
    }
    Set<String> registered = new TreeSet<>(f.service.server.endpoints());
    assertTrue(registered.size() > 20, registered.toString());
    Set<String> undocumented = new TreeSet<>(registered);
    undocumented.removeAll(documented);
    Set<String> phantom = new TreeSet<>(documented);
    phantom.removeAll(registered);
    assertEquals(Set.of(), undocumented, "routes missing from openapi.yaml");
    assertEquals(Set.of(), phantom, "documented operations with no route");
  }

  @Test
  void matchParametersAreTheOnesTheServerAccepts() throws Exception {
    JsonNode doc = document();
    assertEquals(expected(Direction.DEMAND_TO_ACHIEVEMENTS),
        parameters(doc, "/api/v1/demands/{id}/recommendations"));
    assertEquals(expected(Direction.ACHIEVEMENT_TO_DEMANDS), parameters(doc, "/api/v1/achievements/{id}/matches"));
    assertEquals(Set.of("page", "size", "owner"), parameters(doc, "/api/v1/demands", "get"));
  }

  private static Set<String> expected(Direction d) {
    Set<String> s = new TreeSet<>(MatchRoutes.PAGING);
    s.addAll(FilterReader.names(d));
    return s;
  }

  private static Set<String> parameters(JsonNode doc, String path) {
    return parameters(doc, path, "get");
  }

  private static Set<String> parameters(JsonNode doc, String path, String method) {
    Set<String> out = new TreeSet<>();
    JsonNode params = doc.at("/paths/" + path.replace("/", "~1") + "/" + method + "/parameters");
    for (JsonNode p : params) {
      JsonNode resolved = p.has("$ref") ? doc.at(p.get("$ref").asText().substring(1)) : p;
      if ("query".equals(resolved.get("in").asText())) {
        out.add(resolved.get("name").asText());
      }
    }
    return out;
  }
}
