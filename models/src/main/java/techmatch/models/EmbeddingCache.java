package techmatch.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * A content-addressed, on-disk cache in front of an {@link Embedder}: a text that was embedded before, by the same
 * model with the same maximum length and long-text policy, is read back instead of recomputed, also after a restart.
 *
 * <p>The key of a text is SHA-256 over the wrapped embedder's {@link ModelManifest#id()} (which covers the model and
 * tokenizer checksums, maximum length and long-text policy), a zero byte and the exact UTF-8 text. Vectors live in an
 * append-only file (about 2 KB per 512-dimensional vector; see {@code VectorLog} for the format and crash
 * recovery) with an in-memory index of the keys; one file may hold vectors of several models, since the keys differ.
 * Nothing is ever evicted: delete the file to start afresh.
 *
 * <p>Thread-safe. Two threads that miss on the same text at the same time both compute it; it is stored once. Closing
 * the cache forces the file to disk, then closes the wrapped embedder.
 */
public final class EmbeddingCache implements Embedder {

    private final Embedder delegate;
    private final VectorLog log;
    private final MessageDigest prefix;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    /** Cache statistics. */
    public record Stats(long hits, long misses, int entries, int recoveredRecords, int corruptRecordsSkipped,
            long tornTailBytesDropped) {
    }

    private EmbeddingCache(Embedder delegate, VectorLog log) {
        this.delegate = delegate;
        this.log = log;
        try {
            this.prefix = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
        prefix.update(delegate.manifest().id().getBytes(StandardCharsets.UTF_8));
        prefix.update((byte) 0);
    }

    /**
     * Opens (or creates) the cache file and wraps {@code delegate}. A partial record at the end of the file, left by a
     * crash, is dropped; see {@link #stats()} for what was recovered.
     *
     * @throws IOException when the file cannot be opened, belongs to vectors of another width, or is held by another
     *                     process
     */
    public static EmbeddingCache open(Embedder delegate, Path file) throws IOException {
        return new EmbeddingCache(delegate, VectorLog.open(file, delegate.dimensions()));
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        List<VectorLog.Key> keys = new ArrayList<>(texts.size());
        float[][] out = new float[texts.size()][];
        Map<VectorLog.Key, String> missing = new LinkedHashMap<>();
        try {
            for (int i = 0; i < texts.size(); i++) {
                String t = texts.get(i);
                if (t == null) {
                    throw new NullPointerException("texts[" + i + "] is null");
                }
                VectorLog.Key k = key(t);
                keys.add(k);
                float[] v = log.get(k);
                if (v != null) {
                    out[i] = v;
                    hits.increment();
                } else {
                    missing.putIfAbsent(k, t);
                    misses.increment();
                }
            }
            if (!missing.isEmpty()) {
                List<VectorLog.Key> missKeys = new ArrayList<>(missing.keySet());
                List<float[]> computed = delegate.embedAll(new ArrayList<>(missing.values()));
                log.putAll(missKeys, computed);
                Map<VectorLog.Key, float[]> byKey = new java.util.HashMap<>();
                for (int i = 0; i < missKeys.size(); i++) {
                    byKey.put(missKeys.get(i), computed.get(i));
                }
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == null) {
                        out[i] = byKey.get(keys.get(i)).clone();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("embedding cache " + log.path() + ": " + e.getMessage(), e);
        }
        return List.of(out);
    }

    /** True when the text's vector is stored (no inference needed). */
    public boolean contains(String text) {
        return log.contains(key(text));
    }

    VectorLog.Key key(String text) {
        MessageDigest md;
        try {
            md = (MessageDigest) prefix.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("SHA-256 digest cannot be cloned", e);
        }
        return VectorLog.Key.of(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public ModelManifest manifest() {
        return delegate.manifest();
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }

    public Stats stats() {
        VectorLog.Recovery r = log.recovery();
        return new Stats(hits.sum(), misses.sum(), log.size(), r.records(), r.corruptRecords(), r.tornTailBytes());
    }

    /** Forces the stored vectors to disk (they already survive a process kill without this). */
    public void flush() {
        try {
            log.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            log.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing embedding cache " + log.path(), e);
        } finally {
            delegate.close();
        }
    }
}
