package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** The broker workflow's requests as the tests make them, failing fast on an unexpected status. */
final class WorkflowClient {

  private final Http http;
  private final String admin;

  WorkflowClient(Http http, String admin) {
    this.http = http;
    this.admin = admin;
  }

  /** A new broker key for organisation {@code org}. */
  String brokerKey(String org) {
    ObjectNode body = Http.MAPPER.createObjectNode().put("role", "broker").put("organisation", org)
        .put("name", "broker " + org);
    Http.Resp r = http.post("/api/v1/keys", admin, body);
    assertEquals(201, r.status(), r.toString());
    return r.json().get("key").asText();
  }

  Http.Resp assign(String broker, String kind, String... ids) {
    ObjectNode body = Http.MAPPER.createObjectNode().put("broker", broker).put("kind", kind);
    ArrayNode records = body.putArray("records");
    for (String id : ids) {
      records.add(id);
    }
    return http.post("/api/v1/assignments", admin, body);
  }

  void assigned(String broker, String kind, String... ids) {
    Http.Resp r = assign(broker, kind, ids);
    assertEquals(200, r.status(), r.toString());
  }

  JsonNode queue(String key) {
    Http.Resp r = http.get("/api/v1/reviews?size=100", key);
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  /** The queue item of {@code id} in the key's queue. */
  JsonNode item(String key, String id) {
    for (JsonNode item : queue(key).get("items")) {
      if (item.get("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError(id + " is not in the queue: " + queue(key));
  }

  JsonNode open(String key, String collection, String id) {
    Http.Resp r = http.get("/api/v1/reviews/" + collection + "/" + id, key);
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  static List<String> candidateIds(JsonNode item) {
    List<String> out = new ArrayList<>();
    item.get("candidates").forEach(c -> out.add(c.get("id").asText()));
    return out;
  }

  Http.Resp decide(String key, String collection, String id, String candidate, String verdict, String reason,
      String note) {
    ObjectNode body = Http.MAPPER.createObjectNode().put("decision", verdict);
    if (reason != null) {
      body.put("reason", reason);
    }
    if (note != null) {
      body.put("note", note);
    }
    return http.put("/api/v1/reviews/" + collection + "/" + id + "/decisions/" + candidate, key, body);
  }

  JsonNode decided(String key, String collection, String id, String candidate, String verdict, String reason,
      String note) {
    Http.Resp r = decide(key, collection, id, candidate, verdict, reason, note);
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }

  Http.Resp move(String key, long match, String to, String note, String reason) {
    ObjectNode body = Http.MAPPER.createObjectNode().put("to", to);
    if (note != null) {
      body.put("note", note);
    }
    if (reason != null) {
      body.put("reason", reason);
    }
    return http.post("/api/v1/matches/" + match + "/transitions", key, body);
  }

  JsonNode moved(String key, long match, String to, String note, String reason) {
    Http.Resp r = move(key, match, to, note, reason);
    assertEquals(200, r.status(), r.toString());
    return r.json();
  }
}
