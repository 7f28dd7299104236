package techmatch.core.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndustryClassificationTest {

  private final IndustryClassification table = IndustryClassification.standard();

  private String division(String name) {
    return table.divisionByName(name).map(IndustryClass::code).orElse("none");
  }

  @Test
  void findsDivisionsUnderTheNamesListingsUse() {
    assertEquals("C27", division("医药制造业"));
    assertEquals("C39", division("计算机、通信和其他电子设备制造"), "truncated name");
    assertEquals("C37", division("铁路、船舶、航空航天和其他运输"), "truncated name");
    assertEquals("C24", division("文教工美体育和娱乐用品制造业"), "without punctuation");
    assertEquals("C25", division("石油加工、炼焦和核燃料加工业"), "the 2011 edition's name");
    assertEquals("B06", division("煤炭开发和洗选业"), "a platform typo");
    assertEquals("none", division("制造"), "too short to match by prefix");
  }

  @Test
  void splitsSectionsWrittenTogether() {
    assertEquals(List.of("I", "J"), codes(table.splitSections("信息传输、软件和信息技术服务业金融业")));
    assertEquals(List.of("C", "D", "E", "F"),
        codes(table.splitSections("制造业电力、热力、燃气、及水生产和供应业建筑业批发和零售业")));
    assertTrue(table.splitSections("制造业火星殖民业").isEmpty());
  }

  @Test
  void knowsEveryCodeOfTheEdition() {
    assertEquals(20, table.all().stream().filter(IndustryClass::isSection).count());
    assertEquals(97, table.all().stream().filter(c -> !c.isSection()).count());
    assertTrue(table.isKnownCode("M75"));
    assertTrue(!table.isKnownCode("C44"));
  }

  private static List<String> codes(List<IndustryClass> classes) {
    return classes.stream().map(IndustryClass::code).toList();
  }
}
