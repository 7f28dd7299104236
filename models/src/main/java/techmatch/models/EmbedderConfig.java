package techmatch.models;

import java.nio.file.Path;

/**
 * Everything {@link Embedders#open} needs. Build one with {@link #builder(Path)}.
 *
 * @param variant        which model build to load
 * @param maxLength      tokens per passage including [CLS] and [SEP], 3 to 512 (default 512)
 * @param longTextPolicy what happens to texts longer than maxLength (default {@link LongTextPolicy#truncate()})
 * @param cacheDir       folder the model files are extracted to ({@code cacheDir/models/...})
 * @param runtimeDir     folder for the process-wide native state: DJL cache, native libraries, JNA scratch (see
 *                       {@link NativeRuntime}); default: cacheDir
 * @param poolSize       inferences that may run at the same time (predictors); default: available processors
 * @param batchSize      passages per inference at most (default 64)
 * @param maxBatchTokens passages x padded length per inference at most (default 1024): short texts go 50 to a
 *                       batch, 110-token texts 9, 512-token passages 2. Measured on this 2-core machine, batches of
 *                       about a thousand tokens beat batches of 32 texts by 10-30 % at 110 tokens (cache-sized
 *                       activations) and lose nothing on short texts; it also bounds native memory.
 * @param ort            ONNX Runtime session options
 */
public record EmbedderConfig(
        ModelVariant variant,
        int maxLength,
        LongTextPolicy longTextPolicy,
        Path cacheDir,
        Path runtimeDir,
        int poolSize,
        int batchSize,
        int maxBatchTokens,
        OrtOptions ort) {

    public EmbedderConfig {
        if (variant == null) {
            throw new IllegalArgumentException("embedder.variant must not be null");
        }
        if (maxLength < 3 || maxLength > ModelVariant.MAX_POSITIONS) {
            throw new IllegalArgumentException("embedder.maxLength must be between 3 and "
                    + ModelVariant.MAX_POSITIONS + ", got " + maxLength);
        }
        if (longTextPolicy == null) {
            throw new IllegalArgumentException("embedder.longTextPolicy must not be null");
        }
        longTextPolicy.checkFits(maxLength);
        if (cacheDir == null) {
            throw new IllegalArgumentException("embedder.cacheDir must not be null");
        }
        cacheDir = cacheDir.toAbsolutePath().normalize();
        runtimeDir = runtimeDir == null ? cacheDir : runtimeDir.toAbsolutePath().normalize();
        if (poolSize < 1) {
            throw new IllegalArgumentException("embedder.poolSize must be >= 1, got " + poolSize);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("embedder.batchSize must be >= 1, got " + batchSize);
        }
        if (maxBatchTokens < maxLength) {
            throw new IllegalArgumentException("embedder.maxBatchTokens (" + maxBatchTokens
                    + ") must be at least maxLength (" + maxLength + ")");
        }
        if (ort == null) {
            throw new IllegalArgumentException("embedder.ort must not be null");
        }
    }

    /** The manifest of the vectors this configuration produces; available without loading the model. */
    public ModelManifest manifest() {
        return ModelManifest.of(variant, maxLength, longTextPolicy);
    }

    /** A builder with the defaults: INT8, maxLength 512, TRUNCATE, one predictor per core, 1024-token batches. */
    public static Builder builder(Path cacheDir) {
        return new Builder(cacheDir);
    }

    /** A builder starting from this configuration. */
    public Builder toBuilder() {
        Builder b = new Builder(cacheDir);
        b.variant = variant;
        b.maxLength = maxLength;
        b.longTextPolicy = longTextPolicy;
        b.runtimeDir = runtimeDir;
        b.poolSize = poolSize;
        b.batchSize = batchSize;
        b.maxBatchTokens = maxBatchTokens;
        b.ort = ort;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final Path cacheDir;
        private ModelVariant variant = ModelVariant.INT8;
        private int maxLength = ModelVariant.MAX_POSITIONS;
        private LongTextPolicy longTextPolicy = LongTextPolicy.truncate();
        private Path runtimeDir;
        private int poolSize = Runtime.getRuntime().availableProcessors();
        private int batchSize = 64;
        private int maxBatchTokens = 1024;
        private OrtOptions ort = OrtOptions.defaults();

        private Builder(Path cacheDir) {
            this.cacheDir = cacheDir;
        }

        public Builder variant(ModelVariant v) {
            this.variant = v;
            return this;
        }

        public Builder maxLength(int n) {
            this.maxLength = n;
            return this;
        }

        public Builder longTextPolicy(LongTextPolicy p) {
            this.longTextPolicy = p;
            return this;
        }

        public Builder runtimeDir(Path dir) {
            this.runtimeDir = dir;
            return this;
        }

        public Builder poolSize(int n) {
            this.poolSize = n;
            return this;
        }

        public Builder batchSize(int n) {
            this.batchSize = n;
            return this;
        }

        public Builder maxBatchTokens(int n) {
            this.maxBatchTokens = n;
            return this;
        }

        public Builder ort(OrtOptions o) {
            this.ort = o;
            return this;
        }

        /** Shorthand for {@code ort(ort.withIntraOpThreads(n))}. */
        public Builder intraOpThreads(int n) {
            this.ort = ort.withIntraOpThreads(n);
            return this;
        }

        public EmbedderConfig build() {
            return new EmbedderConfig(variant, maxLength, longTextPolicy, cacheDir, runtimeDir, poolSize, batchSize,
                    maxBatchTokens, ort);
        }
    }
}
