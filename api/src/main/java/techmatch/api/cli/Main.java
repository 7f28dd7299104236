package techmatch.api.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code ./techmatch} command line: picks the subcommand and turns usage mistakes into a message and exit code 2. */
public final class Main {

  private final Map<String, Command> commands = new LinkedHashMap<>();

  public Main(List<Command> commands) {
    commands.forEach(c -> this.commands.put(c.name(), c));
  }

  public static void main(String[] argv) {
    Main main = new Main(List.of(new ServeCommand(), new ImportCommand(), new ReindexCommand(), new EvalCommand(),
        new BenchCommand()));
    System.exit(main.run(Arrays.asList(argv), System.out, System.err));
  }

  public int run(List<String> argv, PrintStream out, PrintStream err) {
    if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
      if (argv.size() > 1 && commands.containsKey(argv.get(1))) {
        out.println(commands.get(argv.get(1)).usage());
      } else {
        out.println(overview());
      }
      return argv.isEmpty() ? 2 : 0;
    }
    Command command = commands.get(argv.get(0));
    if (command == null) {
      err.println("techmatch: unknown command '" + argv.get(0) + "'\n\n" + overview());
      return 2;
    }
    List<String> rest = argv.subList(1, argv.size());
    if (rest.contains("--help") || rest.contains("-h")) {
      out.println(command.usage());
      return 0;
    }
    try {
      return command.run(rest, out, err);
    } catch (UsageException e) {
      err.println("techmatch " + command.name() + ": " + e.getMessage() + "\n\n" + command.usage());
      return 2;
    } catch (Exception e) {
      err.println("techmatch " + command.name() + ": " + e);
      return 1;
    }
  }

  private String overview() {
    StringBuilder sb = new StringBuilder("usage: ./techmatch <command> [options]   (./techmatch <command> --help)\n\n");
    commands.values().forEach(c -> sb.append(String.format("  %-8s %s%n", c.name(), c.summary())));
    return sb.toString();
  }
}
