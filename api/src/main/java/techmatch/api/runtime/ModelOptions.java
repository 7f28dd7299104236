package techmatch.api.runtime;

import java.util.Locale;
import techmatch.models.LongTextPolicy;
import techmatch.models.ModelVariant;

/** Which embedding model build to run and how it treats long text; chosen on the command line. */
public record ModelOptions(ModelVariant variant, int maxLength, LongTextPolicy longTextPolicy) {

  /** int8: about twice as fast as fp32 at the same STS-B quality (models/README.md). */
  public static ModelOptions defaults() {
    return new ModelOptions(ModelVariant.INT8, 512, LongTextPolicy.truncate());
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
