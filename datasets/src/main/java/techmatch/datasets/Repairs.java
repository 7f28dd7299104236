package techmatch.datasets;

import java.util.ArrayList;
import java.util.List;

/** The fixes a mapper made to one line so that it fits the record standard. */
final class Repairs {

  record Repair(String reason, String detail) {}

  private final List<Repair> made = new ArrayList<>();

  void add(String reason, String detail) {
    made.add(new Repair(reason, detail));
  }

  List<Repair> made() {
    return made;
  }
}
