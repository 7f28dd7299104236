package techmatch.core.match;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How the keyword and the vector candidate lists are combined into one. */
public enum FusionMethod {
  /** Reciprocal rank fusion, 1/(60 + rank) from each list, weighted. */
  RRF,
  /** Weighted sum of scores scaled to [0, 1] by each list's minimum and maximum. */
  MINMAX,
  /** Weighted sum of scores standardised by each list's mean and standard deviation. */
  ZSCORE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<FusionMethod> byCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code().equals(code)).findFirst();
  }
}
