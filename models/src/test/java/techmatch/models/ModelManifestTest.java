package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class ModelManifestTest {

    private final ModelManifest int8 = ModelManifest.of(ModelVariant.INT8, 512, LongTextPolicy.truncate());

    @Test
    void idIsStableAcrossReleases() {
        // The index stores this string; changing how it is computed would orphan every stored vector.
        assertEquals("bge-small-zh-v1.5/int8/max512/truncate@10bd22f8b63c0110", int8.id());
    }

    @Test
    void idChangesWithEverythingThatChangesVectors() {
        assertNotEquals(int8.id(), ModelManifest.of(ModelVariant.FP32, 512, LongTextPolicy.truncate()).id());
        assertNotEquals(int8.id(), ModelManifest.of(ModelVariant.INT8, 256, LongTextPolicy.truncate()).id());
        assertNotEquals(int8.id(), ModelManifest.of(ModelVariant.INT8, 512, LongTextPolicy.meanOfPassages()).id());
        assertNotEquals(ModelManifest.of(ModelVariant.INT8, 512, LongTextPolicy.meanOfPassages(64, 8)).id(),
                ModelManifest.of(ModelVariant.INT8, 512, LongTextPolicy.meanOfPassages(32, 8)).id());
        ModelManifest otherTokenizer = new ModelManifest(int8.name(), int8.variant(), int8.sourceArtifact(),
                int8.modelFile(), int8.modelSha256(), "0".repeat(64), int8.dimensions(), int8.pooling(),
                int8.normalisation(), int8.maxLength(), int8.longTextPolicy(), int8.licence());
        assertFalse(int8.compatibleWith(otherTokenizer));
    }

    @Test
    void descriptiveFieldsDoNotChangeTheId() {
        ModelManifest relicensed = new ModelManifest(int8.name(), int8.variant(), "g:a:2", int8.modelFile(),
                int8.modelSha256(), int8.tokenizerSha256(), int8.dimensions(), int8.pooling(), int8.normalisation(),
                int8.maxLength(), int8.longTextPolicy(), "other");
        assertTrue(int8.compatibleWith(relicensed));
    }

    @Test
    void jsonRoundTrip() {
        String json = int8.toJson();
        assertTrue(json.contains("\"id\":\"" + int8.id() + "\""), json);
        assertEquals(int8, ModelManifest.fromJson(json));
    }

    @Test
    void propertiesRoundTrip() {
        Properties p = int8.toProperties();
        assertEquals(int8.id(), p.getProperty("model.id"));
        assertEquals(int8, ModelManifest.fromProperties(p));
    }

    @Test
    void editedManifestIsRefused() {
        String json = int8.toJson().replace("\"maxLength\":512", "\"maxLength\":256");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelManifest.fromJson(json));
        assertTrue(e.getMessage().contains("edited"), e.getMessage());
    }

    @Test
    void missingFieldIsNamed() {
        Properties p = int8.toProperties();
        p.remove("model.pooling");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModelManifest.fromProperties(p));
        assertTrue(e.getMessage().contains("pooling"), e.getMessage());
    }

    @Test
    void badChecksumIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ModelManifest("n", "v", "a", "f", "XYZ",
                int8.tokenizerSha256(), 512, "cls", "l2", 512, "truncate", "MIT"));
    }

    @Test
    void policyLabelsParseBack() {
        for (LongTextPolicy p : new LongTextPolicy[] {LongTextPolicy.truncate(), LongTextPolicy.meanOfPassages(),
            LongTextPolicy.meanOfPassages(16, 3)}) {
            assertEquals(p, LongTextPolicy.parse(p.label()));
        }
        assertEquals(LongTextPolicy.meanOfPassages(), LongTextPolicy.parse("MEAN_OF_PASSAGES"));
        assertThrows(IllegalArgumentException.class, () -> LongTextPolicy.parse("head-and-tail"));
    }

    @Test
    void configRejectsBadValuesByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EmbedderConfig.builder(TestPaths.HOME).maxLength(513).build());
        assertTrue(e.getMessage().contains("maxLength"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> EmbedderConfig.builder(TestPaths.HOME).poolSize(0).build());
        assertTrue(e.getMessage().contains("poolSize"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> EmbedderConfig.builder(TestPaths.HOME).maxLength(64)
                .longTextPolicy(LongTextPolicy.meanOfPassages(64, 4)).build());
        assertTrue(e.getMessage().contains("overlapTokens"), e.getMessage());
        assertEquals(ModelVariant.INT8, ModelVariant.parse(" Int8 "));
        assertThrows(IllegalArgumentException.class, () -> ModelVariant.parse("fp16"));
    }
}
