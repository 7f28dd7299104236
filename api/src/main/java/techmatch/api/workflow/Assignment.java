package techmatch.api.workflow;

import java.time.Instant;
import techmatch.api.service.RecordKind;

/**
 * A record in a broker's queue.
 *
 * @param recordOwner the record's owner when it was assigned (kept current when the record is replaced): the broker
 *                    serves this organisation and may read its private records
 * @param candidates  how many candidates a snapshot of this item holds
 * @param ruleId      the rule that assigned it; null when admin did
 * @param snapshotId  the current candidate list; null until one is produced
 */
public record Assignment(RecordKind kind, String recordId, String recordOwner, String broker, int candidates,
    Long ruleId, Instant assignedAt, String assignedBy, Long snapshotId) {}
