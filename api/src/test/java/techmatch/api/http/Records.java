package techmatch.api.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/** Record bodies for the tests, in the record standard's JSON. */
final class Records {

  static final String COOLING_TITLE = "锂电池储能系统热管理";
  static final String COOLING_TEXT = "企业需要一种用于锂离子电池储能柜的液冷热管理技术，要求电芯温差小于3℃，"
      + "降低热失控风险，并能与现有电池管理系统对接，希望合作开发或技术转让。";

  private Records() {}

  static String id(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  static ObjectNode demand(String id, String title, String description) {
    ObjectNode o = Http.MAPPER.createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    o.put("title", title).put("description", description);
    o.putArray("cooperationModes").add("joint_development").add("transfer");
    o.putArray("industries").add("C");
    return o;
  }

  static ObjectNode achievement(String id, String title, String description) {
    ObjectNode o = Http.MAPPER.createObjectNode();
    if (id != null) {
      o.put("id", id);
    }
    o.put("title", title).put("description", description).put("ipKind", "invention_patent")
        .put("maturity", "pilot_scale");
    o.putArray("cooperationModes").add("license");
    return o;
  }

  static ObjectNode privately(ObjectNode o) {
    return o.put("visibility", "private");
  }
}
