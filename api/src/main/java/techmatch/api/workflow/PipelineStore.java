package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import techmatch.api.service.RecordKind;

/**
 * The SQL of {@code matches} and {@code match_transitions} (append-only), on the caller's connection. A match's
 * history is read separately ({@link #history}).
 */
public final class PipelineStore {

  /**
   * Which matches to list. {@code recordKind}/{@code recordId}: those of one record, on either side (found for it, or
   * it is the candidate). {@code viewerOrganisation}: only those its organisation may see (null: all) — as the
   * owner of the record they were found for, as the owner of the candidate once introduced, or as their broker
   * ({@code viewerIsBroker}).
   */
  public record Query(RecordKind recordKind, String recordId, MatchState state, String viewerOrganisation,
      boolean viewerIsBroker) {}

  public long insert(Connection c, PipelineMatch m) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO matches (record_kind, record_id, candidate_id, "
        + "subject_owner, candidate_owner, broker, state, introduced, closed_reason, created_at, updated_at) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      p.setString(1, Rows.kind(m.kind()));
      p.setString(2, m.recordId());
      p.setString(3, m.candidateId());
      p.setString(4, m.subjectOwner());
      p.setString(5, m.candidateOwner());
      p.setString(6, m.broker());
      p.setString(7, m.state().code());
      p.setBoolean(8, m.introduced());
      p.setString(9, m.closedReason());
      Rows.time(p, 10, m.createdAt());
      Rows.time(p, 11, m.updatedAt());
      p.executeUpdate();
      return Rows.generatedId(p);
    }
  }

  public Optional<PipelineMatch> find(Connection c, long id, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM matches WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(match(rs)) : Optional.empty();
      }
    }
  }

  /** The match of this record and candidate that is not closed, if any (there is at most one). */
  public Optional<PipelineMatch> open(Connection c, RecordKind kind, String recordId, String candidateId)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM matches WHERE record_kind = ? AND record_id = ? "
        + "AND candidate_id = ? AND state <> ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")) {
      p.setString(1, Rows.kind(kind));
      p.setString(2, recordId);
      p.setString(3, candidateId);
      p.setString(4, MatchState.CLOSED.code());
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(match(rs)) : Optional.empty();
      }
    }
  }

  public void update(Connection c, long id, MatchState state, boolean introduced, String closedReason, Instant at)
      throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE matches SET state = ?, introduced = ?, closed_reason = ?, "
        + "updated_at = ? WHERE id = ?")) {
      p.setString(1, state.code());
      p.setBoolean(2, introduced);
      if (closedReason == null) {
        p.setNull(3, Types.VARCHAR);
      } else {
        p.setString(3, closedReason);
      }
      Rows.time(p, 4, at);
      p.setLong(5, id);
      p.executeUpdate();
    }
  }

  public void addTransition(Connection c, long matchId, MatchState from, MatchState to, Instant at, Actor by,
      String note, String reason, long auditId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO match_transitions (match_id, from_state, to_state, at, "
        + "actor_key, actor_role, actor_org, note, reason, audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, matchId);
      p.setString(2, from == null ? null : from.code());
      p.setString(3, to.code());
      Rows.time(p, 4, at);
      p.setString(5, by.keyId());
      p.setString(6, by.role());
      p.setString(7, by.organisation());
      p.setString(8, note);
      p.setString(9, reason);
      p.setLong(10, auditId);
      p.executeUpdate();
    }
  }

  public List<PipelineMatch.Transition> history(Connection c, long matchId) throws SQLException {
    List<PipelineMatch.Transition> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM match_transitions WHERE match_id = ? ORDER BY id")) {
      p.setLong(1, matchId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String from = rs.getString("from_state");
          out.add(new PipelineMatch.Transition(rs.getLong("id"), from == null ? null : state(from),
              state(rs.getString("to_state")), Rows.time(rs, "at"),
              new Actor(rs.getString("actor_key"), rs.getString("actor_role"), rs.getString("actor_org")),
              rs.getString("note"), rs.getString("reason")));
        }
      }
    }
    return out;
  }

  public List<PipelineMatch> list(Connection c, Query q, int offset, int limit) throws SQLException {
    Where w = where(q);
    List<PipelineMatch> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT m.* FROM matches m" + w.sql
        + " ORDER BY m.id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int i = w.bind(p);
      p.setInt(i++, offset);
      p.setInt(i, limit);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(match(rs));
        }
      }
    }
    return out;
  }

  public int count(Connection c, Query q) throws SQLException {
    Where w = where(q);
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM matches m" + w.sql)) {
      w.bind(p);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Every match found for records of {@code kind}, oldest first. */
  public List<PipelineMatch> forKind(Connection c, RecordKind kind) throws SQLException {
    List<PipelineMatch> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM matches WHERE record_kind = ? ORDER BY id")) {
      p.setString(1, Rows.kind(kind));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(match(rs));
        }
      }
    }
    return out;
  }

  private record Where(String sql, List<Object> values) {
    int bind(PreparedStatement p) throws SQLException {
      int i = 1;
      for (Object v : values) {
        if (v instanceof Boolean b) {
          p.setBoolean(i++, b);
        } else {
          p.setString(i++, (String) v);
        }
      }
      return i;
    }
  }

  private static Where where(Query q) {
    List<String> parts = new ArrayList<>();
    List<Object> values = new ArrayList<>();
    if (q.recordId() != null) {
      RecordKind other = q.recordKind() == RecordKind.DEMAND ? RecordKind.ACHIEVEMENT : RecordKind.DEMAND;
      parts.add("((m.record_kind = ? AND m.record_id = ?) OR (m.record_kind = ? AND m.candidate_id = ?))");
      values.add(Rows.kind(q.recordKind()));
      values.add(q.recordId());
      values.add(Rows.kind(other));
      values.add(q.recordId());
    }
    if (q.state() != null) {
      parts.add("m.state = ?");
      values.add(q.state().code());
    }
    if (q.viewerOrganisation() != null) {
      if (q.viewerIsBroker()) {
        parts.add("(m.broker = ? OR EXISTS (SELECT 1 FROM broker_assignments a WHERE a.record_kind = m.record_kind "
            + "AND a.record_id = m.record_id AND a.broker = ?))");
        values.add(q.viewerOrganisation());
        values.add(q.viewerOrganisation());
      } else {
        parts.add("(m.subject_owner = ? OR (m.candidate_owner = ? AND m.introduced = ?))");
        values.add(q.viewerOrganisation());
        values.add(q.viewerOrganisation());
        values.add(Boolean.TRUE);
      }
    }
    return new Where(parts.isEmpty() ? "" : " WHERE " + String.join(" AND ", parts), values);
  }

  private static MatchState state(String code) throws SQLException {
    return MatchState.lookup(code).orElseThrow(() -> new SQLException("unknown match state " + code));
  }

  private static PipelineMatch match(ResultSet rs) throws SQLException {
    return new PipelineMatch(rs.getLong("id"), Rows.kind(rs, "record_kind"), rs.getString("record_id"),
        rs.getString("candidate_id"), rs.getString("subject_owner"), rs.getString("candidate_owner"),
        rs.getString("broker"), state(rs.getString("state")), rs.getBoolean("introduced"),
        rs.getString("closed_reason"), Rows.time(rs, "created_at"), Rows.time(rs, "updated_at"), List.of());
  }
}
