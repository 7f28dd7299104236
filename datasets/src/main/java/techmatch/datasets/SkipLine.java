package techmatch.datasets;

/** Thrown by a mapper when a source line cannot become a record; the importer counts it under {@code reason}. */
final class SkipLine extends Exception {

  private static final long serialVersionUID = 1L;

  private final String reason;

  SkipLine(String reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  String reason() {
    return reason;
  }
}
