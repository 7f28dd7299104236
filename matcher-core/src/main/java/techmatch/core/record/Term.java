package techmatch.core.record;

import java.util.List;

/** One value of a closed vocabulary: its wire code, its Chinese label and other spellings seen in listings. */
public record Term(String code, String label, List<String> aliases) {
  public Term {
    aliases = List.copyOf(aliases);
  }
}
