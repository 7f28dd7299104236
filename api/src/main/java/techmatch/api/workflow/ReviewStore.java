package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import techmatch.api.service.RecordKind;

/**
 * The SQL of snapshots ({@code review_snapshots}, {@code snapshot_candidates}) and decisions ({@code decisions}, the
 * current one per broker, record and candidate; {@code decision_history}, every version, append-only), on the
 * caller's connection.
 */
public final class ReviewStore {

  public Snapshot insertSnapshot(Connection c, String broker, RecordKind kind, String recordId, Instant at, String by,
      int k, int total, String fusion, List<Snapshot.Candidate> candidates) throws SQLException {
    long id;
    try (PreparedStatement p = c.prepareStatement("INSERT INTO review_snapshots (broker, record_kind, record_id, "
        + "created_at, created_by, k, total, fusion) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
      p.setString(1, broker);
      p.setString(2, Rows.kind(kind));
      p.setString(3, recordId);
      Rows.time(p, 4, at);
      p.setString(5, by);
      p.setInt(6, k);
      p.setInt(7, total);
      p.setString(8, fusion);
      p.executeUpdate();
      id = Rows.generatedId(p);
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO snapshot_candidates (snapshot_id, cand_rank, "
        + "candidate_id, cand_score, duplicates) VALUES (?, ?, ?, ?, ?)")) {
      for (Snapshot.Candidate cand : candidates) {
        p.setLong(1, id);
        p.setInt(2, cand.rank());
        p.setString(3, cand.id());
        p.setDouble(4, cand.score());
        p.setString(5, String.join(",", cand.duplicates()));
        p.addBatch();
      }
      if (!candidates.isEmpty()) {
        p.executeBatch();
      }
    }
    return new Snapshot(id, broker, kind, recordId, at, by, k, total, fusion, candidates);
  }

  public Optional<Snapshot> snapshot(Connection c, long id) throws SQLException {
    Snapshot head;
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM review_snapshots WHERE id = ?")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        head = new Snapshot(id, rs.getString("broker"), Rows.kind(rs, "record_kind"), rs.getString("record_id"),
            Rows.time(rs, "created_at"), rs.getString("created_by"), rs.getInt("k"), rs.getInt("total"),
            rs.getString("fusion"), List.of());
      }
    }
    List<Snapshot.Candidate> candidates = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT cand_rank, candidate_id, cand_score, duplicates "
        + "FROM snapshot_candidates WHERE snapshot_id = ? ORDER BY cand_rank")) {
      p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          String dups = rs.getString(4);
          candidates.add(new Snapshot.Candidate(rs.getInt(1), rs.getString(2), rs.getDouble(3),
              dups.isEmpty() ? List.of() : Arrays.asList(dups.split(","))));
        }
      }
    }
    return Optional.of(new Snapshot(head.id(), head.broker(), head.kind(), head.recordId(), head.createdAt(),
        head.createdBy(), head.k(), head.total(), head.fusion(), candidates));
  }

  /** The most recent snapshot of this broker's item that lists {@code candidateId}, with the candidate's entry. */
  public Optional<Map.Entry<Long, Snapshot.Candidate>> latestListing(Connection c, String broker, RecordKind kind,
      String recordId, String candidateId) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT s.id, sc.cand_rank, sc.cand_score, sc.duplicates "
        + "FROM review_snapshots s JOIN snapshot_candidates sc ON sc.snapshot_id = s.id "
        + "WHERE s.broker = ? AND s.record_kind = ? AND s.record_id = ? AND sc.candidate_id = ? "
        + "ORDER BY s.id DESC FETCH FIRST 1 ROWS ONLY")) {
      p.setString(1, broker);
      p.setString(2, Rows.kind(kind));
      p.setString(3, recordId);
      p.setString(4, candidateId);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String dups = rs.getString(4);
        return Optional.of(Map.entry(rs.getLong(1), new Snapshot.Candidate(rs.getInt(2), candidateId,
            rs.getDouble(3), dups.isEmpty() ? List.of() : Arrays.asList(dups.split(",")))));
      }
    }
  }

  /** The broker's current decisions on the record's candidates, by candidate id. */
  public Map<String, Decision> decisions(Connection c, String broker, RecordKind kind, String recordId)
      throws SQLException {
    Map<String, Decision> out = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM decisions WHERE broker = ? AND record_kind = ? "
        + "AND record_id = ? ORDER BY candidate_id")) {
      p.setString(1, broker);
      p.setString(2, Rows.kind(kind));
      p.setString(3, recordId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Decision d = decision(rs);
          out.put(d.candidateId(), d);
        }
      }
    }
    return out;
  }

  /** Every version of the broker's decisions on the record's candidates, oldest first, by candidate id. */
  public Map<String, List<Decision>> history(Connection c, String broker, RecordKind kind, String recordId)
      throws SQLException {
    Map<String, List<Decision>> out = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM decision_history WHERE broker = ? "
        + "AND record_kind = ? AND record_id = ? ORDER BY candidate_id, version")) {
      p.setString(1, broker);
      p.setString(2, Rows.kind(kind));
      p.setString(3, recordId);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          Decision d = decision(rs);
          out.computeIfAbsent(d.candidateId(), x -> new ArrayList<>()).add(d);
        }
      }
    }
    return out;
  }

  /** Stores {@code d} as the current decision and appends it to the history, linked to its audit entry. */
  public void save(Connection c, Decision d, long auditId) throws SQLException {
    int updated;
    try (PreparedStatement p = c.prepareStatement("UPDATE decisions SET verdict = ?, reason = ?, note = ?, "
        + "snapshot_id = ?, cand_rank = ?, cand_score = ?, version = ?, decided_at = ?, decided_by = ? "
        + "WHERE broker = ? AND record_kind = ? AND record_id = ? AND candidate_id = ?")) {
      int i = bindBody(p, 1, d);
      p.setString(i++, d.broker());
      p.setString(i++, Rows.kind(d.kind()));
      p.setString(i++, d.recordId());
      p.setString(i, d.candidateId());
      updated = p.executeUpdate();
    }
    if (updated == 0) {
      try (PreparedStatement p = c.prepareStatement("INSERT INTO decisions (verdict, reason, note, snapshot_id, "
          + "cand_rank, cand_score, version, decided_at, decided_by, broker, record_kind, record_id, candidate_id) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        int i = bindBody(p, 1, d);
        p.setString(i++, d.broker());
        p.setString(i++, Rows.kind(d.kind()));
        p.setString(i++, d.recordId());
        p.setString(i, d.candidateId());
        p.executeUpdate();
      }
    }
    try (PreparedStatement p = c.prepareStatement("INSERT INTO decision_history (verdict, reason, note, snapshot_id, "
        + "cand_rank, cand_score, version, decided_at, decided_by, broker, record_kind, record_id, candidate_id, "
        + "audit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = bindBody(p, 1, d);
      p.setString(i++, d.broker());
      p.setString(i++, Rows.kind(d.kind()));
      p.setString(i++, d.recordId());
      p.setString(i++, d.candidateId());
      p.setLong(i, auditId);
      p.executeUpdate();
    }
  }

  private static int bindBody(PreparedStatement p, int i, Decision d) throws SQLException {
    p.setString(i++, d.verdict().code());
    if (d.reason() == null) {
      p.setNull(i++, Types.VARCHAR);
    } else {
      p.setString(i++, d.reason().code());
    }
    if (d.note() == null) {
      p.setNull(i++, Types.VARCHAR);
    } else {
      p.setString(i++, d.note());
    }
    p.setLong(i++, d.snapshotId());
    p.setInt(i++, d.rank());
    p.setDouble(i++, d.score());
    p.setInt(i++, d.version());
    Rows.time(p, i++, d.decidedAt());
    p.setString(i++, d.decidedBy());
    return i;
  }

  /**
   * The candidates that must not be shown again for this record: those some broker currently rejects as
   * {@link RejectReason#hidesCandidate() wrong field or a duplicate listing}.
   */
  public Set<String> hiddenCandidates(Connection c, RecordKind kind, String recordId) throws SQLException {
    Set<String> out = new LinkedHashSet<>();
    try (PreparedStatement p = c.prepareStatement("SELECT DISTINCT candidate_id FROM decisions WHERE record_kind = ? "
        + "AND record_id = ? AND verdict = ? AND reason IN (?, ?) ORDER BY candidate_id")) {
      p.setString(1, Rows.kind(kind));
      p.setString(2, recordId);
      p.setString(3, Verdict.REJECT.code());
      p.setString(4, RejectReason.WRONG_FIELD.code());
      p.setString(5, RejectReason.DUPLICATE_LISTING.code());
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
    }
    return out;
  }

  /** Every current decision on records of {@code kind}, by record, candidate and time. */
  public List<Decision> allDecisions(Connection c, RecordKind kind) throws SQLException {
    List<Decision> out = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT * FROM decisions WHERE record_kind = ? "
        + "ORDER BY record_id, candidate_id, decided_at, broker")) {
      p.setString(1, Rows.kind(kind));
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(decision(rs));
        }
      }
    }
    return out;
  }

  private static Decision decision(ResultSet rs) throws SQLException {
    String reason = rs.getString("reason");
    return new Decision(rs.getString("broker"), Rows.kind(rs, "record_kind"), rs.getString("record_id"),
        rs.getString("candidate_id"), rs.getInt("version"),
        Verdict.lookup(rs.getString("verdict")).orElseThrow(() -> new SQLException("unknown verdict")),
        reason == null ? null : RejectReason.lookup(reason).orElseThrow(() -> new SQLException("unknown reason " + reason)),
        rs.getString("note"), rs.getLong("snapshot_id"), rs.getInt("cand_rank"), rs.getDouble("cand_score"),
        Rows.time(rs, "decided_at"), rs.getString("decided_by"));
  }
}
