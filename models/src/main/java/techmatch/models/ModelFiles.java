package techmatch.models;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The extracted files of one model variant:
 * {@code cacheDir/models/bge-small-zh-v1.5-<variant>-<first 12 hex of the model SHA-256>/{model.onnx,tokenizer.json}}.
 * The folder name carries the checksum, so two versions of a variant never overwrite each other.
 *
 * @param dir       the folder
 * @param model     the ONNX file
 * @param tokenizer the HuggingFace tokenizer.json
 * @param extracted true when this call wrote at least one file (a cold start)
 */
public record ModelFiles(Path dir, Path model, Path tokenizer, boolean extracted) {

    /** Extracts (or verifies) the files of {@code variant} under {@code cacheDir}. */
    public static ModelFiles extract(ModelVariant variant, Path cacheDir) throws IOException {
        Path dir = cacheDir.toAbsolutePath().normalize().resolve("models")
                .resolve(ModelVariant.MODEL_NAME + "-" + variant.label() + "-" + variant.modelSha256().substring(0, 12));
        ResourceExtractor extractor = new ResourceExtractor(ModelFiles.class.getClassLoader());
        Path model = dir.resolve("model.onnx");
        Path tokenizer = dir.resolve("tokenizer.json");
        ResourceExtractor.Outcome m = extractor.extract(variant.modelResource(), variant.modelSha256(), model,
                variant.artifact());
        ResourceExtractor.Outcome t = extractor.extract(variant.tokenizerResource(), variant.tokenizerSha256(),
                tokenizer, variant.artifact());
        boolean wrote = m != ResourceExtractor.Outcome.VERIFIED_EXISTING
                || t != ResourceExtractor.Outcome.VERIFIED_EXISTING;
        return new ModelFiles(dir, model, tokenizer, wrote);
    }
}
