package techmatch.core.record;

import java.util.List;

/** How the parties may work together (合作方式). */
public enum CooperationMode implements Coded {
  TRANSFER("transfer", "技术转让", "完全转让", "转让"),
  LICENSE("license", "技术许可", "许可转让", "许可", "授权许可"),
  EQUITY("equity", "技术入股", "作价入股", "入股"),
  JOINT_PRODUCTION("joint_production", "合作生产"),
  COMMISSIONED_DEVELOPMENT("commissioned_development", "委托开发", "委托研发"),
  JOINT_DEVELOPMENT("joint_development", "合作开发", "联合开发", "合作研发"),
  TECHNICAL_SERVICE("technical_service", "技术服务", "技术咨询", "技术服务与咨询"),
  OTHER("other", "其他");

  private final Term term;

  CooperationMode(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  @Override
  public Term term() {
    return term;
  }
}
