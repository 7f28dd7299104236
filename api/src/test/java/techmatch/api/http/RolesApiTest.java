package techmatch.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every role rule, each checked both ways so that a rule that stopped working would fail the test. */
@ExtendWith(SharedServer.class)
class RolesApiTest {

  private final SharedServer.Fixture f = SharedServer.get();
  private final Http http = f.http;

  private String createDemand(String key, ObjectNode body) {
    Http.Resp r = http.post("/api/v1/demands", key, body);
    assertEquals(201, r.status(), r.toString());
    return r.json().get("id").asText();
  }

  @Test
  void anotherEnterprisesPrivateDemandIsNotFoundAndItsPublicOneIsReadOnly() {
    String privateId = createDemand(f.acme, Records.privately(Records.demand(Records.id("priv"), "保密需求", "内部工艺改进")));
    String publicId = createDemand(f.acme, Records.demand(Records.id("pub"), "公开需求", "寻求合作"));

    assertEquals(200, http.get("/api/v1/demands/" + privateId, f.acme).status(), "the owner reads it");
    assertEquals(200, http.get("/api/v1/demands/" + privateId, f.admin).status(), "admin reads it");
    Http.Resp crossTenant = http.get("/api/v1/demands/" + privateId, f.globex);
    assertEquals(404, crossTenant.status(), "404, not 403: existence does not leak");
    assertEquals(http.get("/api/v1/demands/no-such-demand", f.globex).json().at("/error/message").asText()
        .replace("no-such-demand", privateId), crossTenant.json().at("/error/message").asText(),
        "the answer is the same as for an id that does not exist");
    assertEquals(404, http.get("/api/v1/demands/" + privateId, f.tsinghua).status());
    assertEquals(404, http.get("/api/v1/demands/" + privateId, f.broker).status());
    assertEquals(404, http.put("/api/v1/demands/" + privateId, f.globex, Records.demand(privateId, "x", "y")).status());
    assertEquals(404, http.delete("/api/v1/demands/" + privateId, f.globex).status());
    assertEquals(404, http.get("/api/v1/demands/" + privateId + "/recommendations", f.globex).status());

    assertEquals(200, http.get("/api/v1/demands/" + publicId, f.globex).status(), "public records are readable");
    assertEquals(403, http.put("/api/v1/demands/" + publicId, f.globex, Records.demand(publicId, "x", "y")).status());
    assertEquals(403, http.delete("/api/v1/demands/" + publicId, f.globex).status());
    assertEquals(200, http.get("/api/v1/demands/" + publicId, f.acme).status(), "still there");
    assertEquals(403, http.get("/api/v1/demands/" + publicId + "/recommendations", f.globex).status(),
        "recommendations only for its own demands");
    assertEquals(200, http.get("/api/v1/demands/" + publicId + "/recommendations", f.acme).status());
  }

  @Test
  void creatingForAnotherOrganisationIsRefusedAndStoresNothing() {
    String id = Records.id("steal");
    ObjectNode body = Records.demand(id, "冒名需求", "d");
    body.putObject("owner").put("id", SharedServer.GLOBEX);
    Http.Resp r = http.post("/api/v1/demands", f.acme, body);
    assertEquals(403, r.status(), r.toString());
    assertEquals(404, http.get("/api/v1/demands/" + id, f.admin).status());
    ObjectNode own = Records.demand(id, "自己的需求", "d");
    own.putObject("owner").put("id", SharedServer.ACME).put("name", "Acme 公司");
    Http.Resp ok = http.post("/api/v1/demands", f.acme, own);
    assertEquals(201, ok.status(), "naming its own organisation is fine");
    assertEquals("Acme 公司", ok.json().at("/owner/name").asText());
    ObjectNode moved = own.deepCopy();
    ((ObjectNode) moved.get("owner")).put("id", SharedServer.GLOBEX);
    assertEquals(403, http.put("/api/v1/demands/" + id, f.acme, moved).status(), "nor can a PUT give it away");
    ObjectNode adminMade = Records.demand(Records.id("adm"), "代录需求", "d");
    adminMade.putObject("owner").put("id", SharedServer.GLOBEX);
    Http.Resp byAdmin = http.post("/api/v1/demands", f.admin, adminMade);
    assertEquals(201, byAdmin.status(), "admin may create for any organisation");
    assertEquals(SharedServer.GLOBEX, byAdmin.json().at("/owner/id").asText());
  }

  @Test
  void eachRoleMaintainsOnlyItsOwnKindOfRecord() {
    assertEquals(403, http.post("/api/v1/achievements", f.acme, Records.achievement(Records.id("a"), "t", "d")).status());
    assertEquals(403, http.post("/api/v1/demands", f.tsinghua, Records.demand(Records.id("d"), "t", "d")).status());
    assertEquals(403, http.post("/api/v1/demands", f.broker, Records.demand(Records.id("d"), "t", "d")).status());
    assertEquals(403, http.post("/api/v1/achievements", f.broker, Records.achievement(Records.id("a"), "t", "d")).status());
    assertEquals(403, http.delete("/api/v1/achievements/ach-1", f.acme).status());
    assertEquals(403, http.delete("/api/v1/demands/req-1", f.tsinghua).status());
  }

  @Test
  void matchesFollowTheDirectionOfEachRole() {
    String demand = createDemand(f.acme, Records.demand(Records.id("dir"), Records.COOLING_TITLE, Records.COOLING_TEXT));
    Http.Resp ach = http.post("/api/v1/achievements", f.tsinghua,
        Records.achievement(Records.id("dir"), "储能电池液冷板", "用于储能电池的液冷板及热管理系统。"));
    String achievement = ach.json().get("id").asText();

    assertEquals(403, http.get("/api/v1/demands/" + demand + "/recommendations", f.tsinghua).status());
    assertEquals(403, http.get("/api/v1/achievements/" + achievement + "/matches", f.acme).status());
    assertEquals(403, http.get("/api/v1/achievements/" + achievement + "/matches", f.zju).status(),
        "matches only for its own achievements");
    assertEquals(200, http.get("/api/v1/achievements/" + achievement + "/matches", f.tsinghua).status());
    assertEquals(200, http.get("/api/v1/achievements/" + achievement + "/matches", f.broker).status(),
        "a broker sees matches of public records");
    assertEquals(200, http.get("/api/v1/demands/" + demand + "/recommendations", f.broker).status());
    assertEquals(200, http.get("/api/v1/demands/" + demand + "/recommendations", f.admin).status());

    ObjectNode text = Http.MAPPER.createObjectNode().put("text", Records.COOLING_TEXT);
    assertEquals(403, http.post("/api/v1/match", f.acme, text.deepCopy().put("direction", "achievement-to-demands")).status());
    assertEquals(200, http.post("/api/v1/match", f.acme, text.deepCopy().put("direction", "demand-to-achievements")).status());
    assertEquals(403, http.post("/api/v1/match", f.tsinghua, text.deepCopy().put("direction", "demand-to-achievements")).status());
    assertEquals(200, http.post("/api/v1/match", f.tsinghua, text.deepCopy().put("direction", "achievement-to-demands")).status());
    assertEquals("achievement-to-demands", http.post("/api/v1/match", f.tsinghua, text).json().get("direction").asText(),
        "a university's text defaults to achievement-to-demands");
  }

  @Test
  void candidateListsNeverIncludeAnotherOrganisationsPrivateRecords() {
    String demand = createDemand(f.acme, Records.demand(Records.id("leak"), Records.COOLING_TITLE, Records.COOLING_TEXT));
    // The closest possible match: the demand's own text, as another university's private achievement.
    String secret = Records.id("secret");
    assertEquals(201, http.post("/api/v1/achievements", f.zju,
        Records.privately(Records.achievement(secret, Records.COOLING_TITLE, Records.COOLING_TEXT))).status());

    assertTrue(ids(http.get("/api/v1/demands/" + demand + "/recommendations?k=20", f.admin)).contains(secret),
        "admin's list has it, so the rule is what keeps it out of the others");
    assertFalse(ids(http.get("/api/v1/demands/" + demand + "/recommendations?k=20", f.acme)).contains(secret));
    assertFalse(ids(http.get("/api/v1/demands/" + demand + "/recommendations?k=20", f.broker)).contains(secret));

    ObjectNode text = Http.MAPPER.createObjectNode().put("text", Records.COOLING_TEXT).put("k", 20);
    assertTrue(ids(http.post("/api/v1/match", f.admin, text)).contains(secret));
    assertFalse(ids(http.post("/api/v1/match", f.acme, text)).contains(secret));
    assertFalse(ids(http.post("/api/v1/match", f.broker, text)).contains(secret));

    // The same from the other side: an enterprise's private demand never reaches another university's matches.
    String privateDemand = createDemand(f.globex, Records.privately(
        Records.demand(Records.id("pdem"), "储能电池液冷板需求", "需要用于储能电池的液冷板及热管理系统。")));
    ObjectNode fromUniversity = Http.MAPPER.createObjectNode().put("text", "用于储能电池的液冷板及热管理系统。")
        .put("direction", "achievement-to-demands").put("k", 20);
    assertTrue(ids(http.post("/api/v1/match", f.admin, fromUniversity)).contains(privateDemand));
    assertFalse(ids(http.post("/api/v1/match", f.tsinghua, fromUniversity)).contains(privateDemand));
    assertTrue(ids(http.post("/api/v1/match", f.globex, fromUniversity.deepCopy().put("direction",
        "demand-to-achievements"))).size() > 0);
  }

  @Test
  void contactDetailsFollowTheirVisibility() {
    ObjectNode body = Records.demand(Records.id("contact"), "需要对接专家", "d");
    body.putObject("contact").put("person", "王工").put("phone", "0571-0000000");
    body.put("contactVisibility", "broker_only");
    String id = createDemand(f.acme, body);
    assertTrue(http.get("/api/v1/demands/" + id, f.acme).json().has("contact"), "the owner sees it");
    assertTrue(http.get("/api/v1/demands/" + id, f.broker).json().has("contact"), "a broker sees it");
    assertFalse(http.get("/api/v1/demands/" + id, f.tsinghua).json().has("contact"), "others do not");
  }

  private static List<String> ids(Http.Resp r) {
    assertEquals(200, r.status(), r.toString());
    List<String> out = new ArrayList<>();
    for (JsonNode n : r.json().get("results")) {
      out.add(n.get("id").asText());
      n.get("duplicates").forEach(d -> out.add(d.asText()));
    }
    return out;
  }
}
