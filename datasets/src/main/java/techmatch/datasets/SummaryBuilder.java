package techmatch.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts what happens to each line of one file during an import. Not thread-safe: one per file. */
final class SummaryBuilder {

  /** Enough to show what went wrong without flooding a terminal on a badly broken file. */
  static final int MAX_PROBLEMS = 200;

  private final String source;
  private final String file;
  private final long started = System.nanoTime();
  private long read;
  private long imported;
  private long duplicateContent;
  private final Map<String, Long> skipped = new TreeMap<>();
  private final Map<String, Long> repaired = new TreeMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  SummaryBuilder(String source, String file) {
    this.source = source;
    this.file = file;
  }

  void read() {
    read++;
  }

  void imported() {
    imported++;
  }

  void duplicateContent() {
    duplicateContent++;
  }

  void skip(long line, String reason, String detail) {
    skipped.merge(reason, 1L, Long::sum);
    problem(line, reason, detail);
  }

  void repair(long line, String reason, String detail) {
    repaired.merge(reason, 1L, Long::sum);
    problem(line, reason, detail);
  }

  private void problem(long line, String reason, String detail) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new ImportProblem(file, line, reason, detail));
    }
  }

  ImportSummary build() {
    return new ImportSummary(source, file, read, imported, skipped, repaired, duplicateContent, problems,
        (System.nanoTime() - started) / 1_000_000);
  }
}
