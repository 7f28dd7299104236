package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import techmatch.api.auth.KeyHash;

@ExtendWith(SharedServer.class)
class KeysApiTest {

  private final SharedServer.Fixture f = SharedServer.get();
  private final Http http = f.http;

  @Test
  void adminCreatesListsAndDeletesKeys() throws Exception {
    ObjectNode body = Http.MAPPER.createObjectNode().put("role", "enterprise").put("organisation", "initech")
        .put("name", "Initech procurement");
    Http.Resp created = http.post("/api/v1/keys", f.admin, body);
    assertEquals(201, created.status(), created.toString());
    String key = created.json().get("key").asText();
    String id = created.json().get("id").asText();
    assertTrue(key.startsWith(KeyHash.PREFIX));
    assertEquals("/api/v1/keys/" + id, created.header("Location"));

    Http.Resp list = http.get("/api/v1/keys", f.admin);
    assertEquals(200, list.status());
    JsonNode listed = null;
    for (JsonNode k : list.json().get("keys")) {
      if (k.get("id").asText().equals(id)) {
        listed = k;
      }
      assertFalse(k.has("key"), "a listed key never shows the key");
      assertFalse(k.toString().contains(key));
    }
    assertEquals("initech", listed.get("organisation").asText());
    assertEquals("enterprise", listed.get("role").asText());

    assertStoredHashedOnly(key);

    Http.Resp mine = http.post("/api/v1/demands", key, Records.demand(Records.id("ini"), "需求", "d"));
    assertEquals(201, mine.status(), "the new key works");
    assertEquals("initech", mine.json().at("/owner/id").asText());

    assertEquals(204, http.delete("/api/v1/keys/" + id, f.admin).status());
    assertEquals(401, http.get("/api/v1/demands", key).status(), "a deleted key is refused at once");
    assertEquals(404, http.delete("/api/v1/keys/" + id, f.admin).status());
  }

  private void assertStoredHashedOnly(String key) throws Exception {
    List<String> hashes = new ArrayList<>();
    try (Connection c = f.service.resources.database().connection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM api_keys")) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          assertFalse(String.valueOf(rs.getObject(i)).contains(key), "the key itself is not stored");
        }
        hashes.add(rs.getString("key_hash"));
      }
    }
    assertTrue(hashes.contains(KeyHash.sha256(key)), "its SHA-256 is");
  }

  @Test
  void onlyAdminManagesKeys() {
    ObjectNode body = Http.MAPPER.createObjectNode().put("role", "admin").put("organisation", "acme").put("name", "x");
    for (String key : List.of(f.acme, f.tsinghua, f.broker)) {
      assertEquals(403, http.post("/api/v1/keys", key, body).status());
      assertEquals(403, http.get("/api/v1/keys", key).status());
      assertEquals(403, http.delete("/api/v1/keys/key-1", key).status());
    }
  }

  @Test
  void badKeyRequestsNameTheField() {
    Http.Resp r = http.post("/api/v1/keys", f.admin, "{\"role\": \"king\", \"organisation\": \"bad org!\", \"extra\": 1}");
    assertEquals(400, r.status(), r.toString());
    assertTrue(r.errorFields().containsAll(List.of("role", "organisation", "name", "extra")), r.toString());
  }

  @Test
  void requestsWithoutAValidKeyAre401() {
    Http.Resp none = http.get("/api/v1/demands", null);
    assertEquals(401, none.status());
    assertTrue(none.json().at("/error/message").asText().contains("X-API-Key"));
    assertEquals(401, http.get("/api/v1/demands", "tmk_not-a-key").status());
    assertEquals(401, http.post("/api/v1/match", "", "{\"text\": \"x\"}").status());
    assertEquals(401, http.get("/metrics", null).status());
  }
}
