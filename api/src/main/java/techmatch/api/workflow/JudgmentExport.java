package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.db.Database;
import techmatch.api.service.RecordKind;
import techmatch.core.match.Direction;

/**
 * The brokers' decisions as graded relevance judgments, {@code qid<TAB>docid<TAB>grade} (the layout of
 * {@code datasets/eval/*}/qrels.tsv without its reason column), one line per record and candidate that was decided on:
 *
 * <table>
 *   <tr><th>grade</th><th>when</th></tr>
 *   <tr><td>3</td><td>a match of the pair was signed (签约)</td></tr>
 *   <tr><td>2</td><td>the latest decision accepts it and its match is open (推荐, 审核, 对接, 洽谈)</td></tr>
 *   <tr><td>1</td><td>the latest decision accepts it but its match was closed (终止)</td></tr>
 *   <tr><td>0</td><td>the latest decision rejects it, whatever the reason</td></tr>
 * </table>
 *
 * "Latest" is across brokers (a record reassigned keeps its earlier broker's decisions until the new one decides).
 */
public final class JudgmentExport {

  public static final int SIGNED = 3;
  public static final int ACCEPTED = 2;
  public static final int ACCEPTED_THEN_CLOSED = 1;
  public static final int REJECTED = 0;

  private final Database db;
  private final ReviewStore reviews;
  private final PipelineStore matches;
  private final AccessPolicy policy;

  public JudgmentExport(Database db, ReviewStore reviews, PipelineStore matches, AccessPolicy policy) {
    this.db = db;
    this.reviews = reviews;
    this.matches = matches;
    this.policy = policy;
  }

  /** One judged pair. */
  public record Judgment(String qid, String docid, int grade) {}

  public List<Judgment> judgments(Caller caller, Direction direction) throws SQLException {
    policy.requireAdmin(caller);
    RecordKind kind = RecordKind.sourceOf(direction);
    List<Decision> decisions;
    List<PipelineMatch> all;
    try (Connection c = db.connection()) {
      decisions = reviews.allDecisions(c, kind);
      all = matches.forKind(c, kind);
    }
    Map<String, Decision> latest = new TreeMap<>();
    for (Decision d : decisions) {
      latest.merge(d.recordId() + "\t" + d.candidateId(), d,
          (a, b) -> Comparator.comparing(Decision::decidedAt).compare(a, b) >= 0 ? a : b);
    }
    Map<String, Boolean> signed = new TreeMap<>();
    Map<String, Boolean> open = new TreeMap<>();
    for (PipelineMatch m : all) {
      String pair = m.recordId() + "\t" + m.candidateId();
      if (m.state() == MatchState.SIGNED) {
        signed.put(pair, true);
      }
      if (m.state() != MatchState.CLOSED) {
        open.put(pair, true);
      }
    }
    return latest.entrySet().stream().map(e -> {
      Decision d = e.getValue();
      int grade = signed.containsKey(e.getKey()) ? SIGNED
          : d.verdict() == Verdict.REJECT ? REJECTED
          : open.containsKey(e.getKey()) ? ACCEPTED : ACCEPTED_THEN_CLOSED;
      return new Judgment(d.recordId(), d.candidateId(), grade);
    }).toList();
  }

  public static String tsv(List<Judgment> judgments) {
    StringBuilder sb = new StringBuilder();
    for (Judgment j : judgments) {
      sb.append(j.qid()).append('\t').append(j.docid()).append('\t').append(j.grade()).append('\n');
    }
    return sb.toString();
  }
}
