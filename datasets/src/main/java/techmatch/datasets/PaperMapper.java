package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import techmatch.core.record.Achievement;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Source;
import techmatch.core.record.Visibility;

/**
 * Research results published as papers (ChinaXiv preprints, CSL abstracts): achievements of kind 论文 whose owner is
 * unknown. CSL's {@code category}/{@code discipline} become the technology area.
 */
final class PaperMapper implements SourceMapper {

  private final Source source;

  PaperMapper(Source source) {
    this.source = source;
  }

  static PaperMapper chinaXiv() {
    return new PaperMapper(new Source("chinaxiv", null));
  }

  static PaperMapper csl() {
    return new PaperMapper(new Source("csl", null));
  }

  @Override
  public Achievement map(JsonNode line, Repairs repairs) throws SkipLine {
    Fields.requireObject(line);
    String id = Fields.text(line, "id");
    Fields.requireId(id);
    String title = Fields.text(line, "title");
    String description = Fields.text(line, "abstract");
    if (title.isEmpty() && description.isEmpty()) {
      throw new SkipLine("empty record", "no title and no abstract");
    }
    if (title.isEmpty()) {
      title = Fields.titleFrom(description);
      repairs.add("title derived from description", title);
    }
    String category = Fields.text(line, "category");
    String discipline = Fields.text(line, "discipline");
    List<String> areas = category.isEmpty() ? List.of()
        : List.of(discipline.isEmpty() ? category : category + "/" + discipline);
    return new Achievement(id, title, description, IpKind.PAPER, null, List.of(), areas, List.of(), null, null, null,
        Visibility.PUBLIC, null, null, Fields.keywords(line.get("keywords"), repairs), Language.ZH, source, null, null,
        null);
  }
}
