package techmatch.api.runtime;

import java.util.Locale;
import techmatch.models.LongTextPolicy;
import techmatch.models.ModelVariant;

/** Which embedding model build to run and how it treats long text; chosen on the command line. */
public record ModelOptions(ModelVariant variant, int maxLength, LongTextPolicy longTextPolicy) {

  /**
   * fp32 at 256 tokens: on the evaluation sets it ranks better than int8 (reverse-dev full pipeline 0.534 against
   * 0.513; dev within noise) and better than 512 tokens, and 256 tokens halve the cost of a long text, which pays for
   * fp32's slower arithmetic (matcher-core/README.md, "Choosing the model"). The shipped rerank weights were learned
   * on this configuration's features.
   */
  public static ModelOptions defaults() {
    return new ModelOptions(ModelVariant.FP32, 256, LongTextPolicy.truncate());
  }

  /** The variant's command-line name: {@code int8} or {@code fp32}. */
  public String variantName() {
    return variant.name().toLowerCase(Locale.ROOT);
  }

  public static ModelVariant variant(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "int8" -> ModelVariant.INT8;
      case "fp32" -> ModelVariant.FP32;
      default -> throw new IllegalArgumentException("unknown model variant '" + text + "'; use int8 or fp32");
    };
  }

  /** A short name for folders and files: {@code int8-512-truncate}. */
  public String slug() {
    return variant.name().toLowerCase(Locale.ROOT) + "-" + maxLength + "-"
        + longTextPolicy.label().replaceAll("[^a-z0-9]+", "-").replaceAll("-+$", "");
  }
}
