package techmatch.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import techmatch.core.record.CooperationMode;

/**
 * Reads cooperation modes as listings write them: separated by commas ({@code 技术转让,委托开发}) or run together with no
 * separator at all ({@code 完全转让许可转让技术入股}).
 */
final class CooperationModes {

  private record Spelling(String text, CooperationMode mode) {}

  private static final List<Spelling> SPELLINGS = spellings();

  private CooperationModes() {}

  private static List<Spelling> spellings() {
    List<Spelling> all = new ArrayList<>();
    for (CooperationMode mode : CooperationMode.values()) {
      all.add(new Spelling(mode.label(), mode));
      mode.term().aliases().forEach(a -> all.add(new Spelling(a, mode)));
    }
    // Longest first, so that 许可转让 is taken whole before 转让 could match its tail.
    all.sort(Comparator.comparingInt((Spelling s) -> s.text().length()).reversed());
    return List.copyOf(all);
  }

  /** The modes named in {@code text}; {@code unknown} receives every part that names none. */
  static List<CooperationMode> parse(String text, List<String> unknown) {
    List<CooperationMode> modes = new ArrayList<>();
    for (String part : text.split("[,，、;；/\\s]+")) {
      String rest = part;
      while (!rest.isEmpty()) {
        Spelling match = null;
        for (Spelling s : SPELLINGS) {
          if (rest.startsWith(s.text())) {
            match = s;
            break;
          }
        }
        if (match == null) {
          unknown.add(rest);
          break;
        }
        if (!modes.contains(match.mode())) {
          modes.add(match.mode());
        }
        rest = rest.substring(match.text().length());
      }
    }
    return modes;
  }
}
