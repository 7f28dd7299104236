package techmatch.core.record;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A closed vocabulary value of the record standard: a stable ASCII code used on the wire, a Chinese label for people,
 * and the other spellings real listings use for it.
 */
public interface Coded {

  Term term();

  default String code() {
    return term().code();
  }

  default String label() {
    return term().label();
  }

  /** Finds the value whose code (case-insensitively), label or alias equals {@code text}. */
  static <E extends Enum<E> & Coded> Optional<E> lookup(Class<E> type, String text) {
    if (text == null) {
      return Optional.empty();
    }
    String wanted = text.strip();
    String lower = wanted.toLowerCase(Locale.ROOT);
    for (E value : type.getEnumConstants()) {
      Term term = value.term();
      if (term.code().equals(lower) || term.label().equals(wanted) || term.aliases().contains(wanted)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
  }
}
