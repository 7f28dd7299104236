package techmatch.api.workflow;

import java.time.Instant;
import java.util.List;
import techmatch.api.service.RecordKind;

/**
 * An accepted candidate on its way to a deal: the record it was found for (kind, id), the candidate, the broker who
 * accepted it, and its state. At most one match per record and candidate is open (not closed) at a time.
 *
 * @param introduced whether the match ever reached {@link MatchState#INTRODUCED}: from then on the candidate's owner
 *                   sees it too
 */
public record PipelineMatch(long id, RecordKind kind, String recordId, String candidateId, String subjectOwner,
    String candidateOwner, String broker, MatchState state, boolean introduced, String closedReason,
    Instant createdAt, Instant updatedAt, List<Transition> history) {

  public PipelineMatch {
    history = List.copyOf(history);
  }

  public PipelineMatch withHistory(List<Transition> h) {
    return new PipelineMatch(id, kind, recordId, candidateId, subjectOwner, candidateOwner, broker, state, introduced,
        closedReason, createdAt, updatedAt, h);
  }

  /** One step: {@code from} is null for the match's creation. */
  public record Transition(long id, MatchState from, MatchState to, Instant at, Actor by, String note, String reason) {}
}
