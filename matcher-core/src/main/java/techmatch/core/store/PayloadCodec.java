package techmatch.core.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import techmatch.core.json.RecordJson;
import techmatch.core.record.Listing;
import techmatch.core.text.KeyTerm;

/**
 * The stored source of an indexed listing: {@code {"kind": "achievement"|"demand", "record": {…}, "keyTerms":
 * [["term", weight], …]}}. The record part is the record standard's JSON, so an index can be exported as records.
 */
public final class PayloadCodec {

  private final RecordJson json;
  private final ObjectMapper mapper;

  public PayloadCodec(RecordJson json) {
    this.json = json;
    this.mapper = json.mapper();
  }

  public String encode(StoredListing stored) {
    ObjectNode root = mapper.createObjectNode();
    root.put("kind", stored.listing() instanceof techmatch.core.record.Achievement ? "achievement" : "demand");
    root.set("record", json.toJson(stored.listing()));
    ArrayNode terms = root.putArray("keyTerms");
    for (KeyTerm t : stored.keyTerms()) {
      terms.addArray().add(t.term()).add(Math.round(t.weight() * 1e4) / 1e4);
    }
    if (stored.titleVector() != null) {
      root.put("titleVector", encodeVector(stored.titleVector()));
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
    }
  }

  public StoredListing decode(String payload) {
    JsonNode root;
    try {
      root = mapper.readTree(payload);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored payload is not JSON: " + e.getOriginalMessage(), e);
    }
    JsonNode record = root.get("record");
    Listing listing = "achievement".equals(root.path("kind").asText()) ? json.readAchievement(record)
        : json.readDemand(record);
    List<KeyTerm> terms = new ArrayList<>();
    for (JsonNode t : root.path("keyTerms")) {
      terms.add(new KeyTerm(t.get(0).asText(), t.get(1).asDouble()));
    }
    JsonNode title = root.get("titleVector");
    return new StoredListing(listing, terms, title == null ? null : decodeVector(title.asText()));
  }

  /** Little-endian float32, base64: a quarter of the size of a JSON number array. */
  static String encodeVector(float[] v) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(v.length * 4).order(java.nio.ByteOrder.LITTLE_ENDIAN);
    for (float x : v) {
      b.putFloat(x);
    }
    return java.util.Base64.getEncoder().encodeToString(b.array());
  }

  static float[] decodeVector(String text) {
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(java.util.Base64.getDecoder().decode(text))
        .order(java.nio.ByteOrder.LITTLE_ENDIAN);
    float[] v = new float[b.remaining() / 4];
    for (int i = 0; i < v.length; i++) {
      v[i] = b.getFloat();
    }
    return v;
  }
}
