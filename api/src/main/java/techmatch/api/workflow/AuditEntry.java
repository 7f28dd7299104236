package techmatch.api.workflow;

import java.time.Instant;
import techmatch.api.service.RecordKind;

/**
 * One line of the audit log: what happened to a record of the workflow, when and by whom. {@code detail} is a JSON
 * object with what the action changed.
 */
public record AuditEntry(long id, Instant at, Actor actor, String action, RecordKind kind, String recordId,
    String candidateId, Long matchId, String detail) {}
