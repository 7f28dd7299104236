package techmatch.models.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} options and positional arguments for the bench commands. */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Args(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("option " + args[i] + " needs a value");
                }
                options.put(args[i].substring(2), args[++i]);
            } else {
                positional.add(args[i]);
            }
        }
    }

    String positional(int i, String name) {
        if (i >= positional.size()) {
            throw new IllegalArgumentException("missing argument " + name);
        }
        return positional.get(i);
    }

    String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }
}
