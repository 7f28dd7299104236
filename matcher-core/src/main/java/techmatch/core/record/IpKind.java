package techmatch.core.record;

import java.util.List;

/** The kind of intellectual property an achievement is protected by (知识产权类型). */
public enum IpKind implements Coded {
  INVENTION_PATENT("invention_patent", "发明专利", "发明", "专利"),
  UTILITY_MODEL("utility_model", "实用新型专利", "实用新型"),
  DESIGN_PATENT("design_patent", "外观设计专利", "外观设计"),
  SOFTWARE_COPYRIGHT("software_copyright", "软件著作权", "软著", "计算机软件著作权"),
  IC_LAYOUT("ic_layout", "集成电路布图设计"),
  PLANT_VARIETY("plant_variety", "植物新品种", "植物新品种权"),
  NON_PATENT("non_patent", "非专利技术", "技术秘密", "专有技术"),
  PAPER("paper", "论文", "学术论文", "预印本"),
  OTHER("other", "其他");

  private final Term term;

  IpKind(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  @Override
  public Term term() {
    return term;
  }
}
