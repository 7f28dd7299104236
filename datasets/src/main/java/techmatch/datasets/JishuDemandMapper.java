package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.Demand;
import techmatch.core.record.Language;
import techmatch.core.record.ValidityWindow;
import techmatch.core.record.Visibility;

/**
 * 51jishu enterprise demands: {@code name}, {@code context}, {@code classification} (one or more sections, sometimes run
 * together), {@code cooperationMethod} (comma separated), {@code postTime}, {@code time} (validity, "start至end").
 */
final class JishuDemandMapper implements SourceMapper {

  private final Industries industries;

  JishuDemandMapper(Industries industries) {
    this.industries = industries;
  }

  @Override
  public Demand map(JsonNode line, Repairs repairs) throws SkipLine {
    Fields.requireObject(line);
    String id = Fields.text(line, "id");
    Fields.requireId(id);
    String title = Fields.text(line, "name");
    String description = Fields.text(line, "context");
    if (title.isEmpty() && description.isEmpty()) {
      throw new SkipLine("empty record", "no name and no context");
    }
    if (title.isEmpty()) {
      title = Fields.titleFrom(description);
      repairs.add("title derived from description", title);
    }
    List<String> unknownModes = new ArrayList<>();
    List<CooperationMode> modes = CooperationModes.parse(Fields.text(line, "cooperationMethod"), unknownModes);
    unknownModes.forEach(m -> repairs.add("unknown cooperation mode dropped", m));
    return new Demand(id, title, description,
        industries.fromSections(Fields.text(line, "classification"), repairs), List.of(), modes, null,
        validity(Fields.text(line, "time"), repairs), null, null, Visibility.PUBLIC, null, null, List.of(),
        Language.ZH, JishuAchievementMapper.SOURCE, Fields.date(Fields.text(line, "postTime")).orElse(null), null,
        null);
  }

  /** {@code 2020-01-1310:49:39.0至2021-01-1310:49:41.0}: the platform glues the time to the date. */
  static ValidityWindow validity(String text, Repairs repairs) {
    if (text.isEmpty() || text.equals("至")) {
      return null;
    }
    String[] ends = text.split("至", -1);
    LocalDate from = Fields.date(ends[0]).orElse(null);
    LocalDate until = ends.length > 1 ? Fields.date(ends[1]).orElse(null) : null;
    if (from == null && until == null) {
      repairs.add("unreadable validity window dropped", text);
      return null;
    }
    if (from != null && until != null && until.isBefore(from)) {
      repairs.add("validity window ending before it starts dropped", text);
      return null;
    }
    return new ValidityWindow(from, until);
  }
}
