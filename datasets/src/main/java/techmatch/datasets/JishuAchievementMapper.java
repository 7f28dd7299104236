package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import techmatch.core.record.Achievement;
import techmatch.core.record.Coded;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Maturity;
import techmatch.core.record.PriceRange;
import techmatch.core.record.Source;
import techmatch.core.record.Visibility;

/**
 * 51jishu (中国浙江网上技术市场) achievements: {@code name}, {@code context}, {@code classification} (section——division),
 * {@code industry} (the platform's technology field, area-sub), {@code zlxx} (IP kind), {@code maturity},
 * {@code cooperationMethod} (modes run together), {@code price}, {@code postTime}.
 */
final class JishuAchievementMapper implements SourceMapper {

  static final Source SOURCE = new Source("51jishu", null);

  private final Industries industries;

  JishuAchievementMapper(Industries industries) {
    this.industries = industries;
  }

  @Override
  public Achievement map(JsonNode line, Repairs repairs) throws SkipLine {
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
    IpKind ipKind = coded(IpKind.class, Fields.text(line, "zlxx"), "unknown IP kind dropped", repairs);
    Maturity maturity = coded(Maturity.class, Fields.text(line, "maturity"), "unknown maturity dropped", repairs);
    List<String> unknownModes = new ArrayList<>();
    List<CooperationMode> modes = CooperationModes.parse(Fields.text(line, "cooperationMethod"), unknownModes);
    unknownModes.forEach(m -> repairs.add("unknown cooperation mode dropped", m));
    String priceText = Fields.text(line, "price");
    PriceRange price = MoneyText.parse(priceText).orElse(null);
    if (price == null && !priceText.isEmpty()) {
      repairs.add("unreadable price dropped", priceText);
    }
    return new Achievement(id, title, description, ipKind, maturity,
        industries.fromSectionAndDivision(Fields.text(line, "classification"), repairs),
        technologyAreas(Fields.text(line, "industry")), modes, price, null, null, Visibility.PUBLIC, null, null,
        List.of(), Language.ZH, SOURCE, Fields.date(Fields.text(line, "postTime")).orElse(null), null, null);
  }

  /** {@code 电子信息-计算机软件} becomes the area path {@code 电子信息/计算机软件}. */
  static List<String> technologyAreas(String platformField) {
    if (platformField.isEmpty()) {
      return List.of();
    }
    return List.of(String.join("/", platformField.split("\\s*-\\s*")));
  }

  static <E extends Enum<E> & Coded> E coded(Class<E> type, String text, String reason, Repairs repairs) {
    if (text.isEmpty()) {
      return null;
    }
    E value = Coded.lookup(type, text).orElse(null);
    if (value == null) {
      repairs.add(reason, text);
    }
    return value;
  }
}
