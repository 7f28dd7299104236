package techmatch.models;

/** Inference or model loading failed; the cause carries the engine's error. */
public final class EmbeddingException extends RuntimeException {

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }

    public EmbeddingException(String message) {
        super(message);
    }
}
