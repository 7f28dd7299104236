package techmatch.core.record;

import java.util.List;

/** What kind of organisation owns a record. */
public enum OrganisationType implements Coded {
  UNIVERSITY("university", "高校", "大学", "学院"),
  INSTITUTE("institute", "科研院所", "研究所", "研究院"),
  ENTERPRISE("enterprise", "企业", "公司"),
  INDIVIDUAL("individual", "个人"),
  OTHER("other", "其他");

  private final Term term;

  OrganisationType(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  @Override
  public Term term() {
    return term;
  }
}
