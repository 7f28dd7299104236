package techmatch.models;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import techmatch.models.bench.StsEval;

/**
 * The pipeline reproduces the reference Spearman correlation of bge-small-zh-v1.5 on the Chinese STS-B test set
 * (max length 512, no instruction prefix): a wrong pooling, a missing token type, a skipped normalisation or another
 * tokenizer would each move it by more than the tolerance.
 */
class StsBTest {

    private static StsEval.Pairs pairs;

    @BeforeAll
    static void read() throws IOException {
        pairs = StsEval.read(TestPaths.DATASETS.resolve("sts-zh/sts-b-test.tsv"));
    }

    @Test
    void fileHasTheExpectedPairs() {
        assertEquals(1361, pairs.grades().length);
    }

    @Test
    void fp32MatchesReference() throws IOException {
        try (OnnxEmbedder e = Embedders.open(TestPaths.config(ModelVariant.FP32).build())) {
            assertEquals(0.7673, StsEval.spearman(e, pairs), 0.003);
        }
    }

    @Test
    void int8MatchesReference() throws IOException {
        try (OnnxEmbedder e = Embedders.open(TestPaths.config(ModelVariant.INT8).build())) {
            assertEquals(0.7678, StsEval.spearman(e, pairs), 0.003);
        }
    }
}
