package techmatch.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import techmatch.core.record.Coded;
import techmatch.core.record.ContactVisibility;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Limits;
import techmatch.core.record.Maturity;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Visibility;

/** The JSON Schema files are served to clients; they must say what the reader actually accepts. */
class RecordSchemaTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode schema(String kind) throws Exception {
    return mapper.readTree(RecordSchemas.text(kind, RecordJson.SCHEMA_VERSION));
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> names = new TreeSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void propertiesMatchTheReader() throws Exception {
    JsonNode a = schema("achievement");
    JsonNode d = schema("demand");
    assertEquals(new TreeSet<>(RecordJson.ACHIEVEMENT_FIELDS), names(a.get("properties")));
    assertEquals(new TreeSet<>(RecordJson.DEMAND_FIELDS), names(d.get("properties")));
    assertEquals(new TreeSet<>(RecordJson.PRICE_FIELDS), names(a.at("/properties/price/properties")));
    assertEquals(new TreeSet<>(RecordJson.OWNER_FIELDS), names(a.at("/properties/owner/properties")));
    assertEquals(new TreeSet<>(RecordJson.CONTACT_FIELDS), names(a.at("/properties/contact/properties")));
    assertEquals(new TreeSet<>(RecordJson.SOURCE_FIELDS), names(a.at("/properties/source/properties")));
    assertEquals(new TreeSet<>(RecordJson.VALIDITY_FIELDS), names(d.at("/properties/validity/properties")));
    assertEquals(List.of("id", "title"), strings(a.get("required")));
    assertEquals(List.of("id", "title"), strings(d.get("required")));
  }

  @Test
  void vocabulariesMatchTheEnums() throws Exception {
    JsonNode a = schema("achievement");
    assertEquals(Coded.codes(IpKind.class), strings(a.at("/properties/ipKind/enum")));
    assertEquals(Coded.codes(Maturity.class), strings(a.at("/properties/maturity/enum")));
    assertEquals(Coded.codes(CooperationMode.class), strings(a.at("/properties/cooperationModes/items/enum")));
    assertEquals(Coded.codes(Visibility.class), strings(a.at("/properties/visibility/enum")));
    assertEquals(Coded.codes(ContactVisibility.class), strings(a.at("/properties/contactVisibility/enum")));
    assertEquals(Coded.codes(Language.class), strings(a.at("/properties/language/enum")));
    assertEquals(Coded.codes(OrganisationType.class), strings(a.at("/properties/owner/properties/type/enum")));
  }

  @Test
  void limitsMatchTheValidator() throws Exception {
    for (String kind : List.of("achievement", "demand")) {
      JsonNode p = schema(kind).get("properties");
      assertEquals(Limits.TITLE_MAX, p.at("/title/maxLength").asInt());
      assertEquals(Limits.DESCRIPTION_MAX, p.at("/description/maxLength").asInt());
      assertEquals(Limits.ID_MAX, p.at("/id/maxLength").asInt());
      assertEquals("^" + Limits.ID.pattern() + "$", p.at("/id/pattern").asText());
      assertEquals(Limits.KEYWORDS_MAX, p.at("/keywords/maxItems").asInt());
      assertEquals(Limits.KEYWORD_MAX, p.at("/keywords/items/maxLength").asInt());
      assertEquals(Limits.CODES_MAX, p.at("/industries/maxItems").asInt());
      assertEquals(Limits.AREA_MAX, p.at("/technologyAreas/items/maxLength").asInt());
      assertEquals(Limits.REGION_MAX, p.at("/region/maxLength").asInt());
      assertEquals(Limits.YUAN_MAX, p.at(kind.equals("demand") ? "/budget/properties/maxYuan/maximum"
          : "/price/properties/maxYuan/maximum").asLong());
    }
  }
}
