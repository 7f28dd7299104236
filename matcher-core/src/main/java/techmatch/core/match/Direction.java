package techmatch.core.match;

import java.util.Arrays;
import java.util.Optional;

/** Which way a match goes: an enterprise's demand looking for achievements, or an achievement looking for demands. */
public enum Direction {
  DEMAND_TO_ACHIEVEMENTS("demand-to-achievements"),
  ACHIEVEMENT_TO_DEMANDS("achievement-to-demands");

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Optional<Direction> byCode(String code) {
    return Arrays.stream(values()).filter(d -> d.code.equals(code)).findFirst();
  }
}
