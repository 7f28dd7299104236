package techmatch.datasets;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import techmatch.core.record.IndustryClass;
import techmatch.core.record.IndustryClassification;

/** Turns the industry names sources use into GB/T 4754-2017 codes, reporting names the table does not know. */
final class Industries {

  private final IndustryClassification table;

  Industries(IndustryClassification table) {
    this.table = table;
  }

  /** {@code 制造业——医药制造业}: a section and a division joined by a dash, as 51jishu achievements write it. */
  List<String> fromSectionAndDivision(String text, Repairs repairs) {
    List<String> codes = new ArrayList<>();
    if (text.isEmpty()) {
      return codes;
    }
    String[] parts = text.split("—+|-{2,}", 2);
    Optional<IndustryClass> section = table.sectionByName(parts[0]);
    section.ifPresent(s -> codes.add(s.code()));
    if (parts.length > 1) {
      Optional<IndustryClass> division = table.divisionByName(parts[1]);
      division.ifPresent(d -> codes.add(d.code()));
      if (division.isEmpty()) {
        repairs.add("unknown industry name dropped", parts[1]);
      }
    }
    if (section.isEmpty()) {
      repairs.add("unknown industry name dropped", parts[0]);
    }
    return codes;
  }

  /** {@code 制造业建筑业}: one or more section names, possibly run together, as 51jishu demands write them. */
  List<String> fromSections(String text, Repairs repairs) {
    if (text.isEmpty()) {
      return List.of();
    }
    List<IndustryClass> found = table.splitSections(text);
    if (found.isEmpty()) {
      repairs.add("unknown industry name dropped", text);
    }
    return found.stream().map(IndustryClass::code).toList();
  }
}
