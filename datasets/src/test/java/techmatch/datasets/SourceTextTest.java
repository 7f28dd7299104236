package techmatch.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.PriceRange;

class SourceTextTest {

  @Test
  void readsPricesAndBudgetsAsListingsWriteThem() {
    assertEquals(Optional.of(PriceRange.negotiableOnly()), MoneyText.parse("面议"));
    assertEquals(Optional.of(PriceRange.between(300_000L, 1_000_000L)), MoneyText.parse("30.0万元-100.0万元"));
    assertEquals(Optional.of(PriceRange.between(100_000L, 500_000L)), MoneyText.parse("10~50万"));
    assertEquals(Optional.of(PriceRange.between(2_000_000L, null)), MoneyText.parse(">200万"));
    assertEquals(Optional.of(PriceRange.between(null, 10_000L)), MoneyText.parse("<1万"));
    assertEquals(Optional.of(PriceRange.between(5_000L, 5_000L)), MoneyText.parse("5000元"));
    assertEquals(Optional.empty(), MoneyText.parse("看情况"));
    assertEquals(Optional.empty(), MoneyText.parse(""));
  }

  @Test
  void readsCooperationModesWithAndWithoutSeparators() {
    List<String> unknown = new ArrayList<>();
    assertEquals(List.of(CooperationMode.TRANSFER, CooperationMode.LICENSE, CooperationMode.EQUITY,
        CooperationMode.JOINT_PRODUCTION), CooperationModes.parse("完全转让许可转让技术入股合作生产", unknown));
    assertEquals(List.of(CooperationMode.EQUITY, CooperationMode.COMMISSIONED_DEVELOPMENT, CooperationMode.OTHER),
        CooperationModes.parse("技术入股,委托开发,其他", unknown));
    assertEquals(List.of(), unknown);
    assertEquals(List.of(CooperationMode.TRANSFER), CooperationModes.parse("技术转让,以物易物", unknown));
    assertEquals(List.of("以物易物"), unknown);
  }

  @Test
  void readsTheValidityWindowTheWay51jishuGluesIt() {
    Repairs repairs = new Repairs();
    var w = JishuDemandMapper.validity("2020-01-1310:49:39.0至2021-01-1310:49:41.0", repairs);
    assertEquals("2020-01-13", w.from().toString());
    assertEquals("2021-01-13", w.until().toString());
    assertEquals(null, JishuDemandMapper.validity("至", repairs));
    assertEquals(null, JishuDemandMapper.validity("2021-01-13至2020-01-13", repairs));
    assertEquals(1, repairs.made().size());
  }
}
