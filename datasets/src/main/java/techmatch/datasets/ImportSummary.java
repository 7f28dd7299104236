package techmatch.datasets;

import java.util.List;
import java.util.Map;

/**
 * What one import of one file did. {@code read} counts data lines (records); every one was either {@code imported} or
 * skipped for one of {@code skipped}'s reasons. {@code repaired} counts imported records that needed a fix (a derived
 * title, a dropped malformed keyword); {@code duplicateContent} counts imported records whose title and description
 * repeat an earlier record's under another id (kept, because ids are what other systems refer to; the matcher groups them).
 * {@code problems} lists the first problems with their line numbers.
 */
public record ImportSummary(
    String source,
    String file,
    long read,
    long imported,
    Map<String, Long> skipped,
    Map<String, Long> repaired,
    long duplicateContent,
    List<ImportProblem> problems,
    long millis) {

  public ImportSummary {
    skipped = Map.copyOf(skipped);
    repaired = Map.copyOf(repaired);
    problems = List.copyOf(problems);
  }

  public long skippedTotal() {
    return skipped.values().stream().mapToLong(Long::longValue).sum();
  }

  public long repairedTotal() {
    return repaired.values().stream().mapToLong(Long::longValue).sum();
  }
}
