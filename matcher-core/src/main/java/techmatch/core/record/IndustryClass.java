package techmatch.core.record;

/**
 * One class of 国民经济行业分类 (GB/T 4754-2017): a section such as {@code C 制造业} or a division such as
 * {@code C39 计算机、通信和其他电子设备制造业}.
 */
public record IndustryClass(String code, String name) {

  public boolean isSection() {
    return code.length() == 1;
  }

  /** The section letter this class belongs to ({@code C} for {@code C39}). */
  public String sectionCode() {
    return code.substring(0, 1);
  }
}
