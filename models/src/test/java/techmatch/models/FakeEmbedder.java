package techmatch.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

/** Deterministic vectors from the text's hash; counts how many texts it was asked to embed. */
final class FakeEmbedder implements Embedder {

    final AtomicInteger embedded = new AtomicInteger();
    volatile boolean closed;
    private final ModelManifest manifest;

    FakeEmbedder(ModelManifest manifest) {
        this.manifest = manifest;
    }

    FakeEmbedder() {
        this(ModelManifest.of(ModelVariant.INT8, 512, LongTextPolicy.truncate()));
    }

    static float[] vectorOf(String text) {
        Random r = new Random(text.hashCode() * 31L + text.length());
        float[] v = new float[512];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return Vectors.normalise(v);
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        embedded.addAndGet(texts.size());
        List<float[]> out = new ArrayList<>();
        for (String t : texts) {
            out.add(vectorOf(t));
        }
        return out;
    }

    @Override
    public ModelManifest manifest() {
        return manifest;
    }

    @Override
    public int dimensions() {
        return 512;
    }

    @Override
    public void close() {
        closed = true;
    }
}
