package techmatch.datasets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import techmatch.core.record.PriceRange;

/** Reads prices and budgets as Chinese listings write them: 面议, 30.0万元-100.0万元, 10~50万, >200万, <1万. */
final class MoneyText {

  private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
  private static final String AMOUNT = "(\\d+(?:\\.\\d+)?)\\s*(万元|万|元)?";
  private static final Pattern RANGE = Pattern.compile(AMOUNT + "\\s*[-~～至到]\\s*" + AMOUNT);
  private static final Pattern ABOVE = Pattern.compile("(?:>|＞|≥|大于|超过|以上)\\s*" + AMOUNT + "|" + AMOUNT + "\\s*以上");
  private static final Pattern BELOW = Pattern.compile("(?:<|＜|≤|小于|低于)\\s*" + AMOUNT + "|" + AMOUNT + "\\s*以下");
  private static final Pattern SINGLE = Pattern.compile(AMOUNT);

  private MoneyText() {}

  static Optional<PriceRange> parse(String text) {
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) {
      return Optional.empty();
    }
    if (t.contains("面议") || t.contains("议价")) {
      return Optional.of(PriceRange.negotiableOnly());
    }
    Matcher m = RANGE.matcher(t);
    if (m.matches()) {
      // "10~50万": the unit written once applies to both ends.
      String unit = m.group(4) != null ? m.group(4) : m.group(2);
      String lowUnit = m.group(2) != null ? m.group(2) : unit;
      return Optional.of(PriceRange.between(yuan(m.group(1), lowUnit), yuan(m.group(3), unit)));
    }
    m = ABOVE.matcher(t);
    if (m.matches()) {
      return Optional.of(PriceRange.between(m.group(1) != null ? yuan(m.group(1), m.group(2)) : yuan(m.group(3),
          m.group(4)), null));
    }
    m = BELOW.matcher(t);
    if (m.matches()) {
      return Optional.of(PriceRange.between(null, m.group(1) != null ? yuan(m.group(1), m.group(2)) : yuan(m.group(3),
          m.group(4))));
    }
    m = SINGLE.matcher(t);
    if (m.matches()) {
      long v = yuan(m.group(1), m.group(2));
      return Optional.of(PriceRange.between(v, v));
    }
    return Optional.empty();
  }

  private static long yuan(String number, String unit) {
    BigDecimal n = new BigDecimal(number);
    if (unit != null && unit.startsWith("万")) {
      n = n.multiply(WAN);
    }
    return n.setScale(0, RoundingMode.HALF_UP).longValueExact();
  }
}
