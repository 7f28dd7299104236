package techmatch.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import techmatch.api.auth.Caller;
import techmatch.api.workflow.Actor;
import techmatch.api.workflow.Assignment;
import techmatch.api.workflow.AssignmentRule;
import techmatch.api.workflow.AssignmentService;
import techmatch.api.workflow.AuditEntry;
import techmatch.api.workflow.AuditService;
import techmatch.api.workflow.Decision;
import techmatch.api.workflow.JudgmentExport;
import techmatch.api.workflow.MatchState;
import techmatch.api.workflow.PipelineMatch;
import techmatch.api.workflow.RejectReason;
import techmatch.api.workflow.ReviewService;
import techmatch.api.workflow.Snapshot;
import techmatch.api.workflow.Verdict;
import techmatch.core.match.MatchResult;
import techmatch.core.record.Listing;

/** The JSON of the broker workflow: assignments, rules, queues, decisions, matches and the audit log. */
final class WorkflowViews {

  private final Views views;
  private final ObjectMapper mapper;

  WorkflowViews(Views views) {
    this.views = views;
    this.mapper = views.mapper();
  }

  ObjectNode vocabulary() {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode verdicts = root.putArray("verdicts");
    for (Verdict v : Verdict.values()) {
      verdicts.addObject().put("code", v.code()).put("label", v.label());
    }
    ArrayNode reasons = root.putArray("reasons");
    for (RejectReason r : RejectReason.values()) {
      reasons.addObject().put("code", r.code()).put("label", r.label()).put("english", r.english())
          .put("noteRequired", r.needsNote()).put("hidesCandidate", r.hidesCandidate());
    }
    ArrayNode states = root.putArray("states");
    for (MatchState s : MatchState.values()) {
      ObjectNode o = states.addObject().put("code", s.code()).put("label", s.label()).put("final", s.isFinal());
      ArrayNode next = o.putArray("next");
      s.next().forEach(n -> next.add(n.code()));
    }
    ArrayNode grades = root.putArray("grades");
    grades.addObject().put("grade", JudgmentExport.SIGNED).put("when", "a match of the pair was signed (签约)");
    grades.addObject().put("grade", JudgmentExport.ACCEPTED)
        .put("when", "accepted, and its match is open (推荐, 审核, 对接, 洽谈)");
    grades.addObject().put("grade", JudgmentExport.ACCEPTED_THEN_CLOSED)
        .put("when", "accepted, but its match was closed (终止)");
    grades.addObject().put("grade", JudgmentExport.REJECTED).put("when", "rejected, whatever the reason");
    return root;
  }

  ObjectNode assignment(Assignment a) {
    ObjectNode o = mapper.createObjectNode().put("kind", a.kind().singular()).put("record", a.recordId())
        .put("broker", a.broker()).put("candidates", a.candidates());
    putLong(o, "rule", a.ruleId());
    o.put("assignedAt", a.assignedAt().toString()).put("assignedBy", a.assignedBy());
    putLong(o, "snapshot", a.snapshotId());
    return o;
  }

  ObjectNode outcomes(List<AssignmentService.Outcome> outcomes) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode items = root.putArray("assignments");
    outcomes.forEach(x -> items.add(assignment(x.assignment()).put("change", x.change())));
    return root;
  }

  ObjectNode assignments(AssignmentService.Page p) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode items = root.putArray("items");
    p.items().forEach(a -> items.add(assignment(a)));
    return paged(root, p.page(), p.size(), p.total());
  }

  ObjectNode rule(AssignmentRule r) {
    ObjectNode o = mapper.createObjectNode().put("id", r.id()).put("broker", r.broker());
    putText(o, "kind", r.kind() == null ? null : r.kind().singular());
    putText(o, "industry", r.industry());
    putText(o, "area", r.area());
    return o.put("createdAt", r.createdAt().toString()).put("createdBy", r.createdBy());
  }

  ObjectNode rules(List<AssignmentRule> rules) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode items = root.putArray("rules");
    rules.forEach(r -> items.add(rule(r)));
    return root;
  }

  ObjectNode queue(Caller caller, ReviewService.Queue q) {
    ObjectNode root = mapper.createObjectNode().put("broker", q.broker());
    ArrayNode items = root.putArray("items");
    q.items().forEach(i -> items.add(item(caller, i, null)));
    return paged(root, q.page(), q.size(), q.total());
  }

  /** A queue item; with {@code opened}, the full records, histories, matches and fresh explanations too. */
  ObjectNode item(Caller caller, ReviewService.Item i, ReviewService.Opened opened) {
    Assignment a = i.assignment();
    ObjectNode o = mapper.createObjectNode().put("kind", a.kind().singular()).put("id", a.recordId())
        .put("broker", a.broker()).put("assignedAt", a.assignedAt().toString());
    putLong(o, "rule", a.ruleId());
    if (i.record() == null) {
      o.putNull("record");
    } else if (opened != null) {
      o.set("record", views.record(caller, i.record()));
    } else {
      o.set("record", summary(i.record()));
    }
    Snapshot s = i.snapshot();
    if (s == null) {
      o.putNull("snapshot");
      o.put("undecided", 0);
      o.putArray("candidates");
      return o;
    }
    o.putObject("snapshot").put("id", s.id()).put("createdAt", s.createdAt().toString()).put("k", s.k())
        .put("total", s.total()).put("fusion", s.fusion());
    o.put("undecided", i.undecided());
    ArrayNode candidates = o.putArray("candidates");
    for (Snapshot.Candidate c : s.candidates()) {
      Listing l = i.candidates().get(c.id());
      ObjectNode co = candidates.addObject().put("rank", c.rank()).put("id", c.id())
          .put("score", Views.round(c.score()));
      putText(co, "title", l == null ? null : l.title());
      ArrayNode dups = co.putArray("duplicates");
      c.duplicates().forEach(dups::add);
      Decision d = i.decisions().get(c.id());
      co.set("decision", d == null ? mapper.nullNode() : decision(d));
      if (opened != null) {
        ArrayNode history = co.putArray("history");
        opened.history().getOrDefault(c.id(), List.of()).forEach(h -> history.add(decision(h)));
        PipelineMatch m = opened.matches().get(c.id());
        co.set("match", m == null ? mapper.nullNode() : mapper.createObjectNode().put("id", m.id())
            .put("state", m.state().code()).put("stateLabel", m.state().label()));
        MatchResult fresh = opened.fresh().get(c.id());
        if (fresh == null) {
          co.putNull("freshRank");
          co.putNull("explanation");
          co.putNull("breakdown");
        } else {
          co.put("freshRank", fresh.rank());
          co.set("explanation", views.explanation(fresh.explanation()));
          co.set("breakdown", views.breakdown(fresh.breakdown()));
        }
        co.set("record", l == null ? mapper.nullNode() : views.record(caller, l));
      }
    }
    return o;
  }

  ObjectNode decision(Decision d) {
    ObjectNode o = mapper.createObjectNode().put("verdict", d.verdict().code())
        .put("verdictLabel", d.verdict().label());
    if (d.reason() == null) {
      o.putNull("reason");
      o.putNull("reasonLabel");
    } else {
      o.put("reason", d.reason().code()).put("reasonLabel", d.reason().label());
    }
    putText(o, "note", d.note());
    return o.put("version", d.version()).put("broker", d.broker()).put("snapshot", d.snapshotId())
        .put("rank", d.rank()).put("score", Views.round(d.score())).put("decidedAt", d.decidedAt().toString())
        .put("decidedBy", d.decidedBy());
  }

  ObjectNode outcome(ReviewService.Outcome x) {
    ObjectNode root = mapper.createObjectNode().put("changed", x.changed());
    Decision d = x.decision();
    root.put("kind", d.kind().singular()).put("record", d.recordId()).put("candidate", d.candidateId());
    root.set("decision", decision(d));
    ArrayNode history = root.putArray("history");
    x.history().forEach(h -> history.add(decision(h)));
    root.set("match", x.match() == null ? mapper.nullNode() : mapper.createObjectNode().put("id", x.match().id())
        .put("state", x.match().state().code()).put("stateLabel", x.match().state().label()));
    return root;
  }

  /** A match; {@code titles} has the titles of the records the caller may read (others are left out). */
  ObjectNode match(PipelineMatch m, Map<String, String> titles) {
    ObjectNode o = mapper.createObjectNode().put("id", m.id()).put("kind", m.kind().singular())
        .put("direction", m.kind().matchesFrom().code());
    ObjectNode record = o.putObject("record").put("id", m.recordId());
    putText(record, "title", titles.get(m.kind().singular() + ":" + m.recordId()));
    putText(record, "owner", m.subjectOwner());
    ObjectNode candidate = o.putObject("candidate").put("id", m.candidateId());
    String candidateKind = m.kind().singular().equals("demand") ? "achievement" : "demand";
    putText(candidate, "title", titles.get(candidateKind + ":" + m.candidateId()));
    putText(candidate, "owner", m.candidateOwner());
    o.put("broker", m.broker()).put("state", m.state().code()).put("stateLabel", m.state().label())
        .put("final", m.state().isFinal());
    ArrayNode next = o.putArray("next");
    m.state().next().forEach(n -> next.addObject().put("code", n.code()).put("label", n.label()));
    putText(o, "closedReason", m.closedReason());
    o.put("createdAt", m.createdAt().toString()).put("updatedAt", m.updatedAt().toString());
    ArrayNode history = o.putArray("history");
    for (PipelineMatch.Transition t : m.history()) {
      ObjectNode h = history.addObject();
      if (t.from() == null) {
        h.putNull("from");
      } else {
        h.put("from", t.from().code());
      }
      h.put("to", t.to().code()).put("toLabel", t.to().label()).put("at", t.at().toString());
      h.set("by", actor(t.by()));
      putText(h, "note", t.note());
      putText(h, "reason", t.reason());
    }
    return o;
  }

  ObjectNode matches(List<PipelineMatch> items, Map<String, String> titles, int page, int size, int total) {
    ObjectNode root = mapper.createObjectNode();
    ArrayNode arr = root.putArray("items");
    items.forEach(m -> arr.add(match(m, titles)));
    return paged(root, page, size, total);
  }

  ObjectNode audit(AuditService.Page p) {
    ObjectNode root = mapper.createObjectNode().put("kind", p.kind().singular()).put("record", p.recordId());
    ArrayNode items = root.putArray("items");
    for (AuditEntry e : p.items()) {
      ObjectNode o = items.addObject().put("id", e.id()).put("at", e.at().toString());
      o.set("actor", actor(e.actor()));
      o.put("action", e.action());
      putText(o, "candidate", e.candidateId());
      putLong(o, "match", e.matchId());
      o.set("detail", parse(e.detail()));
    }
    return paged(root, p.page(), p.size(), p.total());
  }

  private ObjectNode actor(Actor a) {
    ObjectNode o = mapper.createObjectNode().put("key", a.keyId()).put("role", a.role());
    putText(o, "organisation", a.organisation());
    return o;
  }

  private ObjectNode summary(Listing l) {
    ObjectNode o = mapper.createObjectNode().put("id", l.id()).put("title", l.title());
    putText(o, "owner", l.owner() == null ? null : l.owner().id());
    return o.put("visibility", l.visibility().code());
  }

  private JsonNode parse(String json) {
    try {
      return mapper.readTree(json);
    } catch (JsonProcessingException e) {
      return mapper.getNodeFactory().textNode(json);
    }
  }

  private static ObjectNode paged(ObjectNode root, int page, int size, int total) {
    return root.put("page", page).put("size", size).put("total", total).put("hasMore", (long) (page + 1) * size < total);
  }

  private static void putText(ObjectNode o, String name, String v) {
    if (v == null) {
      o.putNull(name);
    } else {
      o.put(name, v);
    }
  }

  private static void putLong(ObjectNode o, String name, Long v) {
    if (v == null) {
      o.putNull(name);
    } else {
      o.put(name, v);
    }
  }

  static String time(Instant t) {
    return t.toString();
  }
}
