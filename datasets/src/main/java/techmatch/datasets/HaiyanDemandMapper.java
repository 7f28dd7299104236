package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import techmatch.core.record.Demand;
import techmatch.core.record.Language;
import techmatch.core.record.PriceRange;
import techmatch.core.record.Source;
import techmatch.core.record.Visibility;

/**
 * Haiyan demands: short {@code title}s, a {@code category}, a {@code budget} band ({@code 10~50万}, {@code >200万}),
 * {@code create_time}, and a {@code detail} that is often the company's profile rather than the need.
 */
final class HaiyanDemandMapper implements SourceMapper {

  static final Source SOURCE = new Source("haiyan", null);

  @Override
  public Demand map(JsonNode line, Repairs repairs) throws SkipLine {
    Fields.requireObject(line);
    String id = Fields.text(line, "id");
    Fields.requireId(id);
    String title = Fields.text(line, "title");
    String description = Fields.text(line, "detail");
    if (title.isEmpty() && description.isEmpty()) {
      throw new SkipLine("empty record", "no title and no detail");
    }
    if (title.isEmpty()) {
      title = Fields.titleFrom(description);
      repairs.add("title derived from description", title);
    }
    String budgetText = Fields.text(line, "budget");
    PriceRange budget = MoneyText.parse(budgetText).orElse(null);
    if (budget == null && !budgetText.isEmpty()) {
      repairs.add("unreadable budget dropped", budgetText);
    }
    String category = Fields.text(line, "category");
    return new Demand(id, title, description, List.of(), category.isEmpty() ? List.of() : List.of(category), List.of(),
        budget, null, null, null, Visibility.PUBLIC, null, null, List.of(), Language.ZH, SOURCE,
        Fields.date(Fields.text(line, "create_time")).orElse(null), null, null);
  }
}
