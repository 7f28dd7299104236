package techmatch.models;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import techmatch.models.internal.Json;

/**
 * Identifies what produced a set of vectors. Two embedders give comparable vectors exactly when their {@link #id()}s
 * are equal: the id covers the model and tokenizer checksums, the pooling, the normalisation, the dimensions, the
 * maximum length and the long-text policy. Name, artifact and licence are descriptive and not part of the id.
 *
 * @param name           model name, e.g. {@code bge-small-zh-v1.5}
 * @param variant        {@code fp32} or {@code int8}
 * @param sourceArtifact Maven coordinates of the jar the files come from
 * @param modelFile      classpath resource name of the ONNX file
 * @param modelSha256    SHA-256 of the ONNX file, lower-case hex
 * @param tokenizerSha256 SHA-256 of tokenizer.json, lower-case hex
 * @param dimensions     vector length
 * @param pooling        how token states become one vector ({@code cls})
 * @param normalisation  {@code l2}
 * @param maxLength      maximum tokens per passage including [CLS] and [SEP]
 * @param longTextPolicy {@link LongTextPolicy#label()}
 * @param licence        licence of the weights
 */
public record ModelManifest(
        String name,
        String variant,
        String sourceArtifact,
        String modelFile,
        String modelSha256,
        String tokenizerSha256,
        int dimensions,
        String pooling,
        String normalisation,
        int maxLength,
        String longTextPolicy,
        String licence) {

    private static final String[] KEYS = {
        "name", "variant", "sourceArtifact", "modelFile", "modelSha256", "tokenizerSha256", "dimensions", "pooling",
        "normalisation", "maxLength", "longTextPolicy", "licence"
    };

    public ModelManifest {
        requireText("name", name);
        requireText("variant", variant);
        requireText("sourceArtifact", sourceArtifact);
        requireText("modelFile", modelFile);
        requireHex("modelSha256", modelSha256);
        requireHex("tokenizerSha256", tokenizerSha256);
        requireText("pooling", pooling);
        requireText("normalisation", normalisation);
        requireText("longTextPolicy", longTextPolicy);
        requireText("licence", licence);
        if (dimensions < 1) {
            throw new IllegalArgumentException("manifest.dimensions must be positive, got " + dimensions);
        }
        if (maxLength < 3) {
            throw new IllegalArgumentException("manifest.maxLength must be at least 3, got " + maxLength);
        }
    }

    /** The manifest of the bundled bge-small-zh-v1.5 files for a variant, length and policy. */
    public static ModelManifest of(ModelVariant variant, int maxLength, LongTextPolicy policy) {
        return new ModelManifest(ModelVariant.MODEL_NAME, variant.label(), variant.artifact(), variant.modelResource(),
                variant.modelSha256(), variant.tokenizerSha256(), ModelVariant.DIMENSIONS, "cls", "l2", maxLength,
                policy.label(), ModelVariant.LICENCE);
    }

    /**
     * Stable identifier, e.g. {@code bge-small-zh-v1.5/int8/max512/truncate@3f0c9a0d5be1e7a2}: a readable prefix and
     * the first 16 hex digits of {@link #fingerprint()}.
     */
    public String id() {
        return name + "/" + variant + "/max" + maxLength + "/" + longTextPolicy + "@" + fingerprint().substring(0, 16);
    }

    /** SHA-256 (hex) over every field that changes the vectors. */
    public String fingerprint() {
        String canonical = String.join("\n", "model=" + modelSha256, "tokenizer=" + tokenizerSha256,
                "dimensions=" + dimensions, "pooling=" + pooling, "normalisation=" + normalisation,
                "maxLength=" + maxLength, "longTextPolicy=" + longTextPolicy);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** True when vectors of the two manifests may be compared or stored together. */
    public boolean compatibleWith(ModelManifest other) {
        return id().equals(other.id());
    }

    /** One-line JSON object with every field and the {@code id}. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{");
        Map<String, Object> fields = fields();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            sb.append(Json.quote(e.getKey())).append(':');
            Object v = e.getValue();
            sb.append(v instanceof Integer ? v.toString() : Json.quote(v.toString())).append(',');
        }
        return sb.append(Json.quote("id")).append(':').append(Json.quote(id())).append('}').toString();
    }

    /**
     * Reads {@link #toJson()} output. When the JSON carries an {@code id}, it must match the recomputed one, so an
     * edited manifest is caught.
     */
    public static ModelManifest fromJson(String json) {
        Map<String, Object> map = Json.parseObject(json);
        Map<String, String> values = new LinkedHashMap<>();
        map.forEach((k, v) -> values.put(k, v == null ? null : v.toString()));
        return fromMap(values, "JSON");
    }

    /** The fields as properties with the prefix {@code model.}, plus {@code model.id}. */
    public Properties toProperties() {
        Properties p = new Properties();
        fields().forEach((k, v) -> p.setProperty("model." + k, v.toString()));
        p.setProperty("model.id", id());
        return p;
    }

    /** Reads {@link #toProperties()} output; checks {@code model.id} like {@link #fromJson}. */
    public static ModelManifest fromProperties(Properties p) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String k : KEYS) {
            values.put(k, p.getProperty("model." + k));
        }
        values.put("id", p.getProperty("model.id"));
        return fromMap(values, "properties");
    }

    private Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("variant", variant);
        m.put("sourceArtifact", sourceArtifact);
        m.put("modelFile", modelFile);
        m.put("modelSha256", modelSha256);
        m.put("tokenizerSha256", tokenizerSha256);
        m.put("dimensions", dimensions);
        m.put("pooling", pooling);
        m.put("normalisation", normalisation);
        m.put("maxLength", maxLength);
        m.put("longTextPolicy", longTextPolicy);
        m.put("licence", licence);
        return m;
    }

    private static ModelManifest fromMap(Map<String, String> v, String source) {
        for (String k : KEYS) {
            if (v.get(k) == null) {
                throw new IllegalArgumentException("manifest " + source + " lacks field '" + k + "'");
            }
        }
        ModelManifest m = new ModelManifest(v.get("name"), v.get("variant"), v.get("sourceArtifact"),
                v.get("modelFile"), v.get("modelSha256"), v.get("tokenizerSha256"), integer(v, "dimensions"),
                v.get("pooling"), v.get("normalisation"), integer(v, "maxLength"), v.get("longTextPolicy"),
                v.get("licence"));
        String id = v.get("id");
        if (id != null && !id.equals(m.id())) {
            throw new IllegalArgumentException("manifest " + source + " has id '" + id
                    + "' but its fields give '" + m.id() + "': it was edited or comes from another version");
        }
        return m;
    }

    private static int integer(Map<String, String> v, String key) {
        try {
            return Integer.parseInt(v.get(key));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("manifest field '" + key + "' must be an integer, got '"
                    + v.get(key) + "'", e);
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("manifest." + field + " must not be blank");
        }
    }

    private static void requireHex(String field, String value) {
        requireText(field, value);
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("manifest." + field + " must be 64 lower-case hex digits, got '"
                    + value + "'");
        }
    }
}
