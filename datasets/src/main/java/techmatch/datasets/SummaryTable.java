package techmatch.datasets;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** Prints import summaries as a table a person can read in a terminal, then every reason with its count. */
public final class SummaryTable {

  private SummaryTable() {}

  public static void print(List<ImportSummary> summaries, PrintStream out) {
    out.printf("%-22s %8s %9s %8s %9s %11s %8s%n", "file", "read", "imported", "skipped", "repaired", "same-text",
        "ms");
    long read = 0;
    long imported = 0;
    long skipped = 0;
    long repaired = 0;
    long duplicates = 0;
    for (ImportSummary s : summaries) {
      out.printf("%-22s %8d %9d %8d %9d %11d %8d%n", shortName(s.file()), s.read(), s.imported(), s.skippedTotal(),
          s.repairedTotal(), s.duplicateContent(), s.millis());
      read += s.read();
      imported += s.imported();
      skipped += s.skippedTotal();
      repaired += s.repairedTotal();
      duplicates += s.duplicateContent();
    }
    out.printf("%-22s %8d %9d %8d %9d %11d%n", "total", read, imported, skipped, repaired, duplicates);
    for (ImportSummary s : summaries) {
      printReasons(out, s.file(), "skipped", s.skipped());
      printReasons(out, s.file(), "repaired", s.repaired());
    }
    out.println("(same-text: imported records whose title and description repeat another record's; kept under their own"
        + " id and grouped at match time)");
  }

  /** The last folder and the file name: enough to tell the bundled files apart. */
  private static String shortName(String file) {
    String[] parts = file.replace('\\', '/').split("/");
    String name = parts.length >= 2 ? parts[parts.length - 2] + "/" + parts[parts.length - 1] : file;
    return name.length() <= 22 ? name : "…" + name.substring(name.length() - 21);
  }

  private static void printReasons(PrintStream out, String file, String what, Map<String, Long> reasons) {
    reasons.forEach((reason, count) -> out.printf("  %s: %s %d × %s%n", file, what, count, reason));
  }
}
