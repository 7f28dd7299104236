package techmatch.datasets;

/** A line an import could not take as it was: where it is, the short reason it is counted under, and the detail. */
public record ImportProblem(String file, long line, String reason, String detail) {

  @Override
  public String toString() {
    return file + ":" + line + ": " + reason + (detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
