package techmatch.api.cli;

import java.io.PrintStream;
import java.util.List;

/** One subcommand of {@code ./techmatch}. */
public interface Command {

  String name();

  /** One line for the overview. */
  String summary();

  /** The full help text for {@code ./techmatch <name> --help}. */
  String usage();

  /** Runs the command; the return value is the process exit code. */
  int run(List<String> argv, PrintStream out, PrintStream err) throws Exception;
}
