package techmatch.core.record;

import java.util.List;

/** Who may see a record: everyone, or only its owner, the brokers assigned to it and administrators. */
public enum Visibility implements Coded {
  PUBLIC("public", "公开"),
  PRIVATE("private", "不公开", "私有", "仅自己可见");

  private final Term term;

  Visibility(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  @Override
  public Term term() {
    return term;
  }
}
