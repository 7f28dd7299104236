package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import techmatch.models.bench.Corpus;

/**
 * The int8 model quantises activations per tensor at run time, so a text's vector depends a little on the texts
 * batched with it; with batches of one it does not.
 */
class Int8BatchingTest {

    @Test
    void batchCompanionsMoveInt8VectorsOnlySlightly() throws IOException {
        List<String> texts = Corpus.HAIYAN.read(TestPaths.DATASETS).subList(0, 24);
        try (OnnxEmbedder batched = Embedders.open(TestPaths.config(ModelVariant.INT8).build());
                OnnxEmbedder single = Embedders.open(TestPaths.config(ModelVariant.INT8).batchSize(1).build())) {
            List<float[]> inBatch = batched.embedAll(texts);
            List<float[]> alone = single.embedAll(texts);
            double min = 1;
            for (int i = 0; i < texts.size(); i++) {
                min = Math.min(min, Vectors.dot(inBatch.get(i), alone.get(i)));
                double again = Vectors.dot(alone.get(i), single.embed(texts.get(i)));
                assertTrue(again >= 0.99999, "batchSize 1 is batch-independent: " + again);
            }
            assertTrue(min >= 0.98, "int8 batch vs single cosine " + min);
        }
    }
}
