package techmatch.core.record;

import java.util.List;

/**
 * How far an achievement is from the market (成熟度), in the order a technology usually passes through; {@link #level()}
 * is that order, so a demand that needs something ready to produce can prefer higher levels.
 */
public enum Maturity implements Coded {
  RESEARCH("research", "正在研发", "研发阶段", "研发中"),
  LAB_SCALE("lab_scale", "通过小试", "小试", "小试阶段"),
  PILOT_SCALE("pilot_scale", "通过中试", "中试", "中试阶段"),
  PROTOTYPE("prototype", "已有样品", "样品", "样机"),
  SMALL_BATCH("small_batch", "小批量生产", "小批量"),
  MASS_PRODUCTION("mass_production", "可以量产", "批量生产", "可量产", "量产", "产业化");

  private final Term term;

  Maturity(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  /** 1 (still in research) to 6 (ready for mass production). */
  public int level() {
    return ordinal() + 1;
  }

  @Override
  public Term term() {
    return term;
  }
}
