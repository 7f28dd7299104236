package techmatch.core.record;

/**
 * An asking price or a budget in yuan (元). Either end may be open ({@code >200万} has no maximum); {@code negotiable}
 * is 面议, with or without an indicative range.
 */
public record PriceRange(Long minYuan, Long maxYuan, boolean negotiable) {

  public static PriceRange negotiableOnly() {
    return new PriceRange(null, null, true);
  }

  public static PriceRange between(Long minYuan, Long maxYuan) {
    return new PriceRange(minYuan, maxYuan, false);
  }

  /** Whether some price in this range is also in {@code [min, max]} (either bound may be null for open). */
  public boolean overlaps(Long min, Long max) {
    long lo = minYuan == null ? 0 : minYuan;
    long hi = maxYuan == null ? Long.MAX_VALUE : maxYuan;
    long otherLo = min == null ? 0 : min;
    long otherHi = max == null ? Long.MAX_VALUE : max;
    return lo <= otherHi && otherLo <= hi;
  }
}
