package techmatch.api.cli;

import techmatch.api.runtime.ModelOptions;
import techmatch.models.LongTextPolicy;

/** {@code --model} and {@code --max-length} as eval and bench read them, defaulting to what the service runs. */
final class ModelArgs {

  private ModelArgs() {}

  static ModelOptions read(Args args, LongTextPolicy longText) {
    ModelOptions defaults = ModelOptions.defaults();
    return new ModelOptions(ModelOptions.variant(args.option("model", defaults.variantName())),
        args.intOption("max-length", defaults.maxLength(), 16, 512), longText);
  }
}
