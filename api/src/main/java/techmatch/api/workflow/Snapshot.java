package techmatch.api.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import techmatch.api.service.RecordKind;

/**
 * A ranked candidate list as the matcher produced it for a queue item, frozen: decisions refer to its ranks and
 * scores, whatever the matcher says later.
 *
 * @param total how many candidates the matcher ranked in all (the snapshot keeps the first {@code k})
 */
public record Snapshot(long id, String broker, RecordKind kind, String recordId, Instant createdAt, String createdBy,
    int k, int total, String fusion, List<Candidate> candidates) {

  /** One frozen candidate; {@code duplicates} are the ids the matcher folded into it. */
  public record Candidate(int rank, String id, double score, List<String> duplicates) {

    public Candidate {
      duplicates = List.copyOf(duplicates);
    }
  }

  public Snapshot {
    candidates = List.copyOf(candidates);
  }

  public Optional<Candidate> candidate(String id) {
    return candidates.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}
