package techmatch.api.service;

import java.util.List;
import techmatch.core.record.FieldError;

/**
 * What a bulk import did with each non-blank line of the NDJSON body: stored (created or replaced) or rejected with
 * every problem found. Rejected lines store nothing; the stored ones are durable when the report is returned.
 */
public record BulkReport(int read, int created, int replaced, int rejected, List<Line> lines) {

  public enum Status { CREATED, REPLACED, REJECTED }

  /** One line: 1-based number in the body, the record's id when it could be read, and its problems. */
  public record Line(long line, String id, Status status, List<FieldError> errors) {
    public Line {
      errors = List.copyOf(errors);
    }
  }

  public BulkReport {
    lines = List.copyOf(lines);
  }
}
