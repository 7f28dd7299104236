package techmatch.api.workflow;

import java.time.Instant;
import techmatch.api.service.RecordKind;

/**
 * A broker's decision on one candidate of one record: version 1 is the first, every revision adds one. The rank and
 * score are the candidate's in the snapshot the decision was made on.
 *
 * @param reason null for an acceptance
 */
public record Decision(String broker, RecordKind kind, String recordId, String candidateId, int version,
    Verdict verdict, RejectReason reason, String note, long snapshotId, int rank, double score, Instant decidedAt,
    String decidedBy) {

  /** Whether {@code other} says the same thing (the same verdict, reason and note): repeating it changes nothing. */
  public boolean sameAs(Verdict v, RejectReason r, String n) {
    return verdict == v && reason == r && java.util.Objects.equals(note, n);
  }
}
