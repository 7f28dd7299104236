package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import techmatch.api.service.RecordKind;

/** The SQL of {@code broker_assignments} and {@code assignment_rules}, on the caller's connection (and transaction). */
public final class AssignmentStore {

  /** The assignment of a record; {@code lock} takes its row lock until the transaction ends (SELECT … FOR UPDATE). */
  public Optional<Assignment> find(Connection c, RecordKind kind, String recordId, boolean lock) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM broker_assignments WHERE record_kind = ? "
        + "AND record_id = ?" + (lock ? " FOR UPDATE" : ""))) {
      p.setString(1, Rows.kind(kind));
      p.setString(2, recordId);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? Optional.of(assignment(rs)) : Optional.empty();
      }
    }
  }

  public void insert(Connection c, Assignment a) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO broker_assignments (record_kind, record_id, "
        + "record_owner, broker, candidates, rule_id, assigned_at, assigned_by, snapshot_id) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, Rows.kind(a.kind()));
      p.setString(2, a.recordId());
      p.setString(3, a.recordOwner());
      p.setString(4, a.broker());
      p.setInt(5, a.candidates());
      Rows.nullableLong(p, 6, a.ruleId());
      Rows.time(p, 7, a.assignedAt());
      p.setString(8, a.assignedBy());
      Rows.nullableLong(p, 9, a.snapshotId());
      p.executeUpdate();
    }
  }

  /** Replaces the broker (and the list size) of an assignment; the new broker starts without a snapshot. */
  public void reassign(Connection c, Assignment a) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("UPDATE broker_assignments SET record_owner = ?, broker = ?, "
        + "candidates = ?, rule_id = ?, assigned_at = ?, assigned_by = ?, snapshot_id = ? "
        + "WHERE record_kind = ? AND record_id = ?")) {
      p.setString(1, a.recordOwner());
      p.setString(2, a.broker());
      p.setInt(3, a.candidates());
      Rows.nullableLong(p, 4, a.ruleId());
      Rows.time(p, 5, a.assignedAt());
      p.setString(6, a.assignedBy());
      Rows.nullableLong(p, 7, a.snapshotId());
      p.setString(8, Rows.kind(a.kind()));
      p.setString(9, a.recordId());
      p.executeUpdate();
    }
  }

  public void setSnapshot(Connection c, RecordKind kind, String recordId, long snapshotId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE broker_assignments SET snapshot_id = ? WHERE record_kind = ? AND record_id = ?")) {
      p.setLong(1, snapshotId);
      p.setString(2, Rows.kind(kind));
      p.setString(3, recordId);
      p.executeUpdate();
    }
  }

  /** Keeps the served owner current when a record changes hands (admin may replace a record with another owner). */
  public void setOwner(Connection c, RecordKind kind, String recordId, String owner) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "UPDATE broker_assignments SET record_owner = ? WHERE record_kind = ? AND record_id = ?")) {
      p.setString(1, owner);
      p.setString(2, Rows.kind(kind));
      p.setString(3, recordId);
      p.executeUpdate();
    }
  }

  public boolean delete(Connection c, RecordKind kind, String recordId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(
        "DELETE FROM broker_assignments WHERE record_kind = ? AND record_id = ?")) {
      p.setString(1, Rows.kind(kind));
      p.setString(2, recordId);
      return p.executeUpdate() > 0;
    }
  }

  /**
   * Assignments in queue order (oldest first), optionally one broker's and one kind's; {@code open}: true for items
   * with no snapshot yet or an undecided candidate, false for the others, null for all.
   */
  public List<Assignment> list(Connection c, String broker, RecordKind kind, Boolean open, int offset, int limit)
      throws SQLException {
    Filter f = filter(broker, kind, open);
    List<Assignment> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM broker_assignments a" + f.where
        + " ORDER BY a.assigned_at, a.record_kind, a.record_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
      int i = f.bind(p);
      p.setInt(i++, offset);
      p.setInt(i, limit);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(assignment(rs));
        }
      }
    }
    return out;
  }

  public int count(Connection c, String broker, RecordKind kind, Boolean open) throws SQLException {
    Filter f = filter(broker, kind, open);
    try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM broker_assignments a" + f.where)) {
      f.bind(p);
      try (ResultSet rs = p.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private record Filter(String where, List<String> values) {
    int bind(PreparedStatement p) throws SQLException {
      int i = 1;
      for (String v : values) {
        p.setString(i++, v);
      }
      return i;
    }
  }

  /** An item is open while it has no snapshot or its snapshot has a candidate its broker has not decided on. */
  private static final String UNDECIDED = "(a.snapshot_id IS NULL OR EXISTS (SELECT 1 FROM snapshot_candidates s "
      + "WHERE s.snapshot_id = a.snapshot_id AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.broker = a.broker "
      + "AND d.record_kind = a.record_kind AND d.record_id = a.record_id AND d.candidate_id = s.candidate_id)))";

  private static Filter filter(String broker, RecordKind kind, Boolean open) {
    List<String> where = new ArrayList<>();
    List<String> values = new ArrayList<>();
    if (broker != null) {
      where.add("a.broker = ?");
      values.add(broker);
    }
    if (kind != null) {
      where.add("a.record_kind = ?");
      values.add(Rows.kind(kind));
    }
    if (open != null) {
      where.add(open ? UNDECIDED : "NOT " + UNDECIDED);
    }
    return new Filter(where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where), values);
  }

  /** The owners of the records assigned to {@code broker}: the organisations it serves. */
  public Set<String> servedOwners(Connection c, String broker) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT record_owner FROM broker_assignments "
        + "WHERE broker = ? AND record_owner IS NOT NULL ORDER BY record_owner")) {
      p.setString(1, broker);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  private static Assignment assignment(ResultSet rs) throws SQLException {
    return new Assignment(Rows.kind(rs, "record_kind"), rs.getString("record_id"), rs.getString("record_owner"),
        rs.getString("broker"), rs.getInt("candidates"), Rows.nullableLong(rs, "rule_id"),
        Rows.time(rs, "assigned_at"), rs.getString("assigned_by"), Rows.nullableLong(rs, "snapshot_id"));
  }

  // Rules

  public AssignmentRule insertRule(Connection c, String broker, RecordKind kind, String industry, String area,
      Instant at, String by) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("INSERT INTO assignment_rules (broker, record_kind, industry, area, "
        + "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      p.setString(1, broker);
      p.setString(2, Rows.kind(kind));
      p.setString(3, industry);
      p.setString(4, area);
      Rows.time(p, 5, at);
      p.setString(6, by);
      p.executeUpdate();
      return new AssignmentRule(Rows.generatedId(p), broker, kind, industry, area, at, by);
    }
  }

  public List<AssignmentRule> rules(Connection c) throws SQLException {
    List<AssignmentRule> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM assignment_rules ORDER BY id");
        ResultSet rs = p.executeQuery()) {
      while (rs.next()) {
        out.add(new AssignmentRule(rs.getLong("id"), rs.getString("broker"), Rows.kind(rs, "record_kind"),
            rs.getString("industry"), rs.getString("area"), Rows.time(rs, "created_at"), rs.getString("created_by")));
      }
    }
    return out;
  }

  public boolean deleteRule(Connection c, long id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("DELETE FROM assignment_rules WHERE id = ?")) {
      p.setLong(1, id);
      return p.executeUpdate() > 0;
    }
  }
}
