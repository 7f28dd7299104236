package techmatch.core.record;

import java.util.List;

/** The language a record is written in; decides which analyzer its text goes through. */
public enum Language implements Coded {
  ZH("zh", "中文", "zh-cn", "zh-CN", "chinese"),
  EN("en", "英文", "en-us", "en-US", "english");

  private final Term term;

  Language(String code, String label, String... aliases) {
    this.term = new Term(code, label, List.of(aliases));
  }

  @Override
  public Term term() {
    return term;
  }
}
