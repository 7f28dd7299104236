package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import techmatch.api.workflow.MatchState;
import techmatch.api.workflow.RejectReason;
import techmatch.api.workflow.Verdict;
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

  /** The taxonomy and the states are fixed vocabularies: the document lists exactly the server's, with their labels. */
  @Test
  void workflowVocabulariesAreTheServersOwn() throws Exception {
    JsonNode schemas = document().at("/components/schemas");
    assertEquals(codes(Arrays.stream(RejectReason.values()).map(RejectReason::code)),
        values(schemas.at("/RejectReasonCode/enum")));
    assertEquals(codes(Arrays.stream(MatchState.values()).map(MatchState::code)),
        values(schemas.at("/MatchStateCode/enum")));
    assertEquals(codes(Arrays.stream(Verdict.values()).map(Verdict::code)),
        values(schemas.at("/DecisionRequest/properties/decision/enum")));
    String reasons = schemas.at("/RejectReasonCode/description").asText();
    for (RejectReason r : RejectReason.values()) {
      assertTrue(reasons.contains(r.label()), r + " " + r.label() + " in " + reasons);
    }
    String states = schemas.at("/MatchStateCode/description").asText();
    for (MatchState m : MatchState.values()) {
      assertTrue(states.contains(m.label()), m + " " + m.label() + " in " + states);
    }
    JsonNode served = f.http.get("/api/v1/workflow", f.admin).json();
    assertEquals(values(schemas.at("/RejectReasonCode/enum")), values(served.get("reasons"), "code"));
    assertEquals(values(schemas.at("/MatchStateCode/enum")), values(served.get("states"), "code"));
  }

  private static List<String> codes(Stream<String> codes) {
    return codes.toList();
  }

  private static List<String> values(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static List<String> values(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(v -> out.add(v.get(field).asText()));
    return out;
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
