package techmatch.api.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command line split into {@code --name value} options, {@code --flag}s and positional arguments. Anything not
 * declared by the command is an error that names it, so a typo never silently changes what runs.
 */
public final class Args {

  private final Map<String, String> options;
  private final Set<String> flags;
  private final List<String> positional;

  private Args(Map<String, String> options, Set<String> flags, List<String> positional) {
    this.options = options;
    this.flags = flags;
    this.positional = positional;
  }

  /**
   * Parses {@code argv}; {@code valued} are the options that take a value, {@code switches} those that do not.
   *
   * @throws UsageException for an undeclared option or a missing value
   */
  public static Args parse(List<String> argv, Set<String> valued, Set<String> switches) {
    Map<String, String> options = new HashMap<>();
    Set<String> flags = new java.util.HashSet<>();
    List<String> positional = new ArrayList<>();
    for (int i = 0; i < argv.size(); i++) {
      String a = argv.get(i);
      if (a.equals("--")) {
        positional.addAll(argv.subList(i + 1, argv.size()));
        break;
      }
      if (!a.startsWith("--")) {
        positional.add(a);
        continue;
      }
      String name = a.substring(2);
      String value = null;
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (switches.contains(name) && value == null) {
        flags.add(name);
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= argv.size()) {
            throw new UsageException("option --" + name + " needs a value");
          }
          value = argv.get(++i);
        }
        options.put(name, value);
      } else {
        throw new UsageException("unknown option --" + name);
      }
    }
    return new Args(options, flags, positional);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public String option(String name, String absent) {
    return options.getOrDefault(name, absent);
  }

  /** An integer option within {@code [min, max]}. */
  public int intOption(String name, int absent, int min, int max) {
    String v = options.get(name);
    if (v == null) {
      return absent;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new UsageException("--" + name + " must be between " + min + " and " + max + ", not " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new UsageException("--" + name + " must be a whole number, not '" + v + "'");
    }
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  public List<String> positional() {
    return List.copyOf(positional);
  }
}
