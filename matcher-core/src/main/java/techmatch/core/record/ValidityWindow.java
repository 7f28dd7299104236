package techmatch.core.record;

import java.time.LocalDate;

/** The days a demand is open for offers, both ends inclusive; an open end is null. */
public record ValidityWindow(LocalDate from, LocalDate until) {

  public boolean isOpenOn(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (until == null || !day.isAfter(until));
  }
}
