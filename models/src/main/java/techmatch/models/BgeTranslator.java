package techmatch.models;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import java.util.concurrent.atomic.LongAdder;

/**
 * Feeds a {@link TokenBatch} to the BERT graph (input_ids, attention_mask, token_type_ids, all int64) and turns the
 * last hidden state into one L2-normalised vector per row by CLS pooling (the state of the first token).
 */
final class BgeTranslator implements NoBatchifyTranslator<TokenBatch, float[][]> {

    static final String OUTPUT = "last_hidden_state";

    private final int dimensions;
    private final LongAdder inputNanos;
    private final LongAdder outputNanos;

    /** The adders collect the time spent building input tensors and reading the output back. */
    BgeTranslator(int dimensions, LongAdder inputNanos, LongAdder outputNanos) {
        this.dimensions = dimensions;
        this.inputNanos = inputNanos;
        this.outputNanos = outputNanos;
    }

    @Override
    public NDList processInput(TranslatorContext ctx, TokenBatch batch) {
        long t0 = System.nanoTime();
        NDManager m = ctx.getNDManager();
        Shape shape = new Shape(batch.size(), batch.length());
        NDArray ids = m.create(batch.ids(), shape);
        ids.setName("input_ids");
        NDArray mask = m.create(batch.mask(), shape);
        mask.setName("attention_mask");
        // Single-segment input: every token type is 0.
        NDArray types = m.create(new long[batch.ids().length], shape);
        types.setName("token_type_ids");
        NDList list = new NDList(ids, mask, types);
        inputNanos.add(System.nanoTime() - t0);
        return list;
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        long t0 = System.nanoTime();
        NDArray hidden = list.get(OUTPUT);
        if (hidden == null) {
            hidden = list.get(0);
        }
        long[] shape = hidden.getShape().getShape();
        if (shape.length != 3 || shape[2] != dimensions) {
            throw new EmbeddingException("model output " + hidden.getName() + " has shape " + hidden.getShape()
                    + ", expected [batch, length, " + dimensions + "]");
        }
        int rows = (int) shape[0];
        int length = (int) shape[1];
        float[] all = hidden.toFloatArray();
        float[][] out = new float[rows][];
        for (int r = 0; r < rows; r++) {
            float[] v = new float[dimensions];
            System.arraycopy(all, r * length * dimensions, v, 0, dimensions);
            out[r] = Vectors.normalise(v);
        }
        outputNanos.add(System.nanoTime() - t0);
        return out;
    }
}
