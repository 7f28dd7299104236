package techmatch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.ApiKeyStore;
import techmatch.api.auth.Caller;
import techmatch.api.service.ApiException;
import techmatch.api.service.BulkReport;
import techmatch.api.service.MatchService;
import techmatch.api.service.RecordPage;
import techmatch.core.json.RecordJson;
import techmatch.core.match.Explanation;
import techmatch.core.match.MatchPage;
import techmatch.core.match.MatchResult;
import techmatch.core.match.ScoreBreakdown;
import techmatch.core.match.SharedTerm;
import techmatch.core.record.Achievement;
import techmatch.core.record.ContactVisibility;
import techmatch.core.record.Demand;
import techmatch.core.record.FieldError;
import techmatch.core.record.Listing;

/** The JSON the API answers with: records in the record standard's form, ranked pages, reports and errors. */
final class Views {

  private final RecordJson json;
  private final ObjectMapper mapper;
  private final AccessPolicy policy;

  Views(RecordJson json, AccessPolicy policy) {
    this.json = json;
    this.mapper = json.mapper();
    this.policy = policy;
  }

  ObjectMapper mapper() {
    return mapper;
  }

  String write(JsonNode node) {
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
    }
  }

  /** A record as the caller may see it: contact details are left out when its contact visibility excludes them. */
  ObjectNode record(Caller caller, Listing l) {
    ObjectNode node = json.toJson(l);
    ContactVisibility v = l instanceof Achievement a ? a.contactVisibility() : ((Demand) l).contactVisibility();
    if (!policy.canSeeContact(caller, l, v)) {
      node.remove("contact");
    }
    return node;
  }

  ObjectNode recordPage(Caller caller, RecordPage p) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode items = root.putArray("items");
    p.items().forEach(l -> items.add(record(caller, l)));
    root.put("page", p.page()).put("size", p.size()).put("total", p.total()).put("hasMore", p.hasMore());
    return root;
  }

  /** A ranked page; each result has {@code id}, {@code score}, {@code title} and {@code explanation} at the top. */
  ObjectNode matches(Caller caller, String direction, MatchService.Result r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("direction", direction);
    if (r.subject() != null) {
      root.putObject("subject").put("id", r.subject().id()).put("title", r.subject().title());
    }
    MatchPage page = r.page();
    root.put("page", page.page()).put("k", page.k()).put("total", page.total()).put("hasMore", page.hasMore())
        .put("fusion", page.fusion().code());
    ArrayNode results = root.putArray("results");
    for (MatchResult m : page.results()) {
      results.add(result(caller, m));
    }
    return root;
  }

  private ObjectNode result(Caller caller, MatchResult m) {
    ObjectNode o = mapper.createObjectNode();
    o.put("rank", m.rank()).put("id", m.id()).put("score", round(m.score()))
        .put("title", m.listing() == null ? "" : m.listing().listing().title());
    o.set("explanation", explanation(m.explanation()));
    o.set("breakdown", breakdown(m.breakdown()));
    ArrayNode dups = o.putArray("duplicates");
    m.duplicates().forEach(dups::add);
    if (m.listing() != null) {
      o.set("record", record(caller, m.listing().listing()));
    }
    return o;
  }

  JsonNode explanation(Explanation e) {
    if (e == null) {
      return mapper.nullNode();
    }
    ObjectNode o = mapper.createObjectNode();
    ArrayNode terms = o.putArray("sharedTerms");
    for (SharedTerm t : e.sharedTerms()) {
      terms.addObject().put("term", t.term()).put("queryWeight", round(t.queryWeight()))
          .put("resultWeight", round(t.resultWeight())).put("contribution", round(t.contribution()));
    }
    o.put("querySnippet", e.querySnippet()).put("resultSnippet", e.resultSnippet());
    return o;
  }

  ObjectNode breakdown(ScoreBreakdown b) {
    ObjectNode o = mapper.createObjectNode();
    putNullable(o, "bm25", b.bm25());
    putNullable(o, "bm25Title", b.bm25Title());
    putNullable(o, "bm25Body", b.bm25Body());
    if (b.bm25Rank() == null) {
      o.putNull("bm25Rank");
    } else {
      o.put("bm25Rank", b.bm25Rank());
    }
    putNullable(o, "cosine", b.cosine());
    if (b.denseRank() == null) {
      o.putNull("denseRank");
    } else {
      o.put("denseRank", b.denseRank());
    }
    o.put("fused", round(b.fused()));
    ObjectNode features = o.putObject("features");
    b.features().forEach((k, v) -> features.put(k, round(v)));
    ObjectNode contributions = o.putObject("contributions");
    b.contributions().forEach((k, v) -> contributions.put(k, round(v)));
    o.put("bias", round(b.bias())).put("score", round(b.score()));
    return o;
  }

  ObjectNode bulk(BulkReport r) {
    ObjectNode root = mapper.createObjectNode();
    root.put("read", r.read()).put("created", r.created()).put("replaced", r.replaced()).put("rejected", r.rejected());
    ArrayNode lines = root.putArray("lines");
    for (BulkReport.Line l : r.lines()) {
      ObjectNode o = lines.addObject();
      o.put("line", l.line());
      if (l.id() == null) {
        o.putNull("id");
      } else {
        o.put("id", l.id());
      }
      o.put("status", l.status().name().toLowerCase(java.util.Locale.ROOT));
      if (!l.errors().isEmpty()) {
        o.set("errors", errors(l.errors()));
      }
    }
    return root;
  }

  ObjectNode key(ApiKeyStore.KeyInfo k) {
    return mapper.createObjectNode().put("id", k.id()).put("role", k.role().code())
        .put("organisation", k.organisation()).put("name", k.name()).put("createdAt", k.createdAt().toString());
  }

  ObjectNode keys(List<ApiKeyStore.KeyInfo> all) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode items = root.putArray("keys");
    all.forEach(k -> items.add(key(k)));
    return root;
  }

  /** {@code {"error": {"status", "message", "errors": [{"field", "problem"}]}}}. */
  ObjectNode error(ApiException e) {
    ObjectNode root = mapper.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("status", e.status()).put("message", e.getMessage());
    error.set("errors", errors(e.errors()));
    return root;
  }

  ObjectNode object(Map<String, ?> values) {
    return mapper.valueToTree(values);
  }

  private ArrayNode errors(List<FieldError> errors) {
    ArrayNode a = mapper.createArrayNode();
    errors.forEach(f -> a.addObject().put("field", f.field()).put("problem", f.problem()));
    return a;
  }

  private static void putNullable(ObjectNode o, String name, Double v) {
    if (v == null) {
      o.putNull(name);
    } else {
      o.put(name, round(v));
    }
  }

  /** Six decimals: enough to order by, and stable to read. */
  static double round(double v) {
    return Math.round(v * 1e6) / 1e6;
  }
}
