package techmatch.datasets;

import java.io.PrintStream;
import java.util.Locale;
import techmatch.core.store.Progress;

/**
 * A one-line progress bar with rate and ETA, redrawn at most a few times a second; on a terminal it rewrites the line,
 * elsewhere (CI logs) it prints a line every ten percent.
 */
public final class ConsoleProgress implements Progress {

  private static final long REDRAW_NANOS = 250_000_000L;

  private final String label;
  private final PrintStream out;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDraw;
  private long lastTenth = -1;

  public ConsoleProgress(String label, PrintStream out) {
    this(label, out, System.console() != null);
  }

  ConsoleProgress(String label, PrintStream out, boolean terminal) {
    this.label = label;
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public synchronized void update(long done, long total) {
    long now = System.nanoTime();
    boolean finished = done >= total;
    if (terminal) {
      if (!finished && now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      out.print("\r" + line(done, total, now) + (finished ? "\n" : ""));
      out.flush();
    } else {
      long tenth = total == 0 ? 10 : done * 10 / total;
      if (tenth != lastTenth) {
        lastTenth = tenth;
        out.println(line(done, total, now));
      }
    }
  }

  String line(long done, long total, long now) {
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    double rate = done / seconds;
    int width = 24;
    int filled = total == 0 ? width : (int) (width * done / total);
    String bar = "#".repeat(filled) + "-".repeat(width - filled);
    String eta = rate > 0 && done < total ? clock((total - done) / rate) : done >= total ? "done" : "--:--";
    return String.format(Locale.ROOT, "%-22s [%s] %,d/%,d %3d%%  %,.0f/s  %s %s", label, bar, done, total,
        total == 0 ? 100 : done * 100 / total, rate, done >= total ? "in" : "ETA",
        done >= total ? clock(seconds) : eta);
  }

  static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
