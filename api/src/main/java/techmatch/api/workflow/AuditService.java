package techmatch.api.workflow;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.api.db.Database;
import techmatch.api.service.RecordKind;

/** Reading the audit log of one record: admin, and the broker the record is assigned to. */
public final class AuditService {

  public record Page(RecordKind kind, String recordId, List<AuditEntry> items, int page, int size, int total) {}

  private final Database db;
  private final AuditLog log;
  private final AccessPolicy policy;

  public AuditService(Database db, AuditLog log, AccessPolicy policy) {
    this.db = db;
    this.log = log;
    this.policy = policy;
  }

  public Page forRecord(Caller caller, RecordKind kind, String recordId, int page, int size) throws SQLException {
    policy.requireAuditReader(caller, kind, recordId);
    try (Connection c = db.connection()) {
      return new Page(kind, recordId, log.forRecord(c, kind, recordId, page * size, size), page, size,
          log.countForRecord(c, kind, recordId));
    }
  }
}
