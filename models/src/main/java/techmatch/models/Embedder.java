package techmatch.models;

import java.util.List;

/**
 * Turns text into sentence embeddings.
 *
 * <p>Implementations are thread-safe: a server may call {@link #embed} and {@link #embedAll} from many threads at
 * once. Every vector has {@link #dimensions()} components and unit L2 norm, so the dot product of two vectors is
 * their cosine similarity. The {@link #manifest()} identifies the model, tokenizer and text policy that produced the
 * vectors; store its {@link ModelManifest#id()} next to the vectors and refuse to compare vectors whose ids differ.
 */
public interface Embedder extends AutoCloseable {

    /** Embeds one text; the same as {@code embedAll(List.of(text)).get(0)}. */
    float[] embed(String text);

    /**
     * Embeds many texts; the result has one vector per text, in input order. Prefer one call with many texts over many
     * calls with one text: the texts are sorted by length and batched, which is several times cheaper.
     */
    List<float[]> embedAll(List<String> texts);

    /** Describes the model that produces these vectors. */
    ModelManifest manifest();

    /** Number of components of every vector. */
    int dimensions();

    /** Releases native resources; the embedder must not be used afterwards. */
    @Override
    void close();
}
