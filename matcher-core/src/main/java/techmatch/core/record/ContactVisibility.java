package techmatch.core.record;

import java.util.List;

/** Who may see the contact details of a record (联系方式可见范围). */
public enum ContactVisibility implements Coded {
  PUBLIC("public", "公开"),
  REGISTERED("registered", "注册用户可见", "会员可见"),
  BROKER_ONLY("broker_only", "经技术经理人对接", "经纪人对接", "不公开");

  private final Term term;

  ContactVisibility(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  @Override
  public Term term() {
    return term;
  }
}
