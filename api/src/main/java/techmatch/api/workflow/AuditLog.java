package techmatch.api.workflow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import techmatch.api.service.RecordKind;

/**
 * The append-only audit log of the broker workflow. This class can only add entries and read them: there is no
 * method that changes or removes one, and the database refuses UPDATE and DELETE on the table
 * ({@link techmatch.api.db.AppendOnlyTrigger}). Entries are written on the caller's connection, inside the
 * transaction of the change they describe, so a change and its entry are stored together or not at all.
 */
public final class AuditLog {

  private final ObjectMapper mapper;

  public AuditLog(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Adds an entry; returns its id. {@code detail} becomes a JSON object (insertion order kept). */
  public long append(Connection c, Instant at, Actor actor, String action, RecordKind kind, String recordId,
      String candidateId, Long matchId, Map<String, ?> detail) throws SQLException {
    String json;
    try {
      json = mapper.writeValueAsString(detail);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("audit detail must be plain values", e);
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (at, actor_key, actor_role, actor_org, "
        + "action, record_kind, record_id, candidate_id, match_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        new String[] {"id"})) {
      Rows.time(p, 1, at);
      p.setString(2, actor.keyId());
      p.setString(3, actor.role());
      p.setString(4, actor.organisation());
      p.setString(5, action);
      p.setString(6, Rows.kind(kind));
      p.setString(7, recordId);
      if (candidateId == null) {
        p.setNull(8, Types.VARCHAR);
      } else {
        p.setString(8, candidateId);
      }
      Rows.nullableLong(p, 9, matchId);
      // Notes are at most 2,000 characters, so a detail always fits the column.
      p.setString(10, json);
      p.executeUpdate();
      return Rows.generatedId(p);
    }
  }

  /** The entries about one record, oldest first. */
  public List<AuditEntry> forRecord(Connection c, RecordKind kind, String recordId, int offset, int limit)
      throws SQLException {
    List<AuditEntry> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM audit_log WHERE record_kind = ? AND record_id = ? "
        + "ORDER BY id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      p.setString(1, Rows.kind(kind));
      p.setString(2, recordId);
      p.setInt(3, offset);
      p.setInt(4, limit);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(new AuditEntry(rs.getLong("id"), Rows.time(rs, "at"),
              new Actor(rs.getString("actor_key"), rs.getString("actor_role"), rs.getString("actor_org")),
              rs.getString("action"), Rows.kind(rs, "record_kind"), rs.getString("record_id"),
              rs.getString("candidate_id"), Rows.nullableLong(rs, "match_id"), rs.getString("detail")));
        }
      }
    }
    return out;
  }

  public int countForRecord(Connection c, RecordKind kind, String recordId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "SELECT COUNT(*) FROM audit_log WHERE record_kind = ? AND record_id = ?")) {
      p.setString(1, Rows.kind(kind));
      p.setString(2, recordId);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }
}
