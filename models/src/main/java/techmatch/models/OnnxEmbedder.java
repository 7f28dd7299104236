package techmatch.models;

import ai.djl.Model;
import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import ai.onnxruntime.OrtSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * bge-small-zh-v1.5 through DJL and ONNX Runtime. Open one with {@link Embedders#open}.
 *
 * <p>One ONNX Runtime session is shared by a pool of {@code poolSize} DJL predictors; a call borrows a predictor per
 * inference, so at most {@code poolSize} inferences run at once however many threads call in. A single
 * {@link #embedAll} with several batches spreads them over the pool: the calling thread works through the batches
 * and up to {@code poolSize - 1} helper threads join it.
 */
public final class OnnxEmbedder implements Embedder {

    private final ModelManifest manifest;
    private final HuggingFaceTokenizer tokenizer;
    private final Model model;
    private final OrtSession.SessionOptions sessionOptions;
    private final List<Predictor<TokenBatch, float[][]>> predictors;
    private final BlockingQueue<Predictor<TokenBatch, float[][]>> idle;
    private final ExecutorService helpers;
    private final PassagePlanner planner;
    private final BatchPlanner batcher;
    private final int poolSize;
    private final LoadTimes loadTimes;
    private volatile boolean closed;

    private final LongAdder texts = new LongAdder();
    private final LongAdder passages = new LongAdder();
    private final LongAdder batches = new LongAdder();
    private final LongAdder tokens = new LongAdder();
    private final LongAdder padding = new LongAdder();
    private final LongAdder tokenizeNanos = new LongAdder();
    private final LongAdder inferenceNanos = new LongAdder();
    private final LongAdder inputNanos = new LongAdder();
    private final LongAdder outputNanos = new LongAdder();

    OnnxEmbedder(EmbedderConfig config, HuggingFaceTokenizer tokenizer, long cls, long sep, Model model,
            OrtSession.SessionOptions sessionOptions, LoadTimes beforeWarmup) {
        this.manifest = config.manifest();
        this.tokenizer = tokenizer;
        this.model = model;
        this.sessionOptions = sessionOptions;
        this.poolSize = config.poolSize();
        this.planner = new PassagePlanner(config.maxLength(), config.longTextPolicy(), cls, sep);
        this.batcher = new BatchPlanner(config.batchSize(), config.maxBatchTokens());
        this.predictors = new ArrayList<>();
        this.idle = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Predictor<TokenBatch, float[][]> p = model.newPredictor(new BgeTranslator(manifest.dimensions(),
                    inputNanos, outputNanos));
            predictors.add(p);
            idle.add(p);
        }
        this.helpers = poolSize > 1 ? Executors.newFixedThreadPool(poolSize - 1, daemonThreads()) : null;
        // Warm-up: the first run of a session plans its memory; pay for it here, not on the first request.
        long w0 = System.nanoTime();
        try {
            embedAll(List.of("预热"));
        } catch (RuntimeException e) {
            // The caller (Embedders.open) still owns and closes the model, session options and tokenizer.
            if (helpers != null) {
                helpers.shutdown();
            }
            predictors.forEach(Predictor::close);
            throw e;
        }
        resetStats();
        LoadTimes b = beforeWarmup;
        this.loadTimes = new LoadTimes(b.runtimeNanos(), b.filesNanos(), b.tokenizerNanos(), b.sessionNanos(),
                System.nanoTime() - w0, b.extracted());
    }

    @Override
    public float[] embed(String text) {
        return embedAll(List.of(text)).get(0);
    }

    @Override
    public List<float[]> embedAll(List<String> input) {
        if (closed) {
            throw new IllegalStateException("embedder is closed");
        }
        if (input.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < input.size(); i++) {
            if (input.get(i) == null) {
                throw new NullPointerException("texts[" + i + "] is null");
            }
        }
        long t0 = System.nanoTime();
        Encoding[] encodings = tokenizer.batchEncode(input);
        List<Passage> plan = new ArrayList<>(input.size());
        int[] perText = new int[input.size()];
        for (int i = 0; i < encodings.length; i++) {
            for (long[] ids : planner.passages(encodings[i].getIds())) {
                plan.add(new Passage(i, ids));
                perText[i]++;
            }
        }
        List<TokenBatch> planned = batcher.plan(plan);
        tokenizeNanos.add(System.nanoTime() - t0);

        float[][][] results = run(planned);

        float[][] vectors = new float[input.size()][];
        for (int b = 0; b < planned.size(); b++) {
            List<Passage> rows = planned.get(b).passages();
            for (int r = 0; r < rows.size(); r++) {
                int owner = rows.get(r).owner();
                float[] v = results[b][r];
                if (perText[owner] == 1) {
                    vectors[owner] = v;
                } else if (vectors[owner] == null) {
                    vectors[owner] = v.clone();
                } else {
                    float[] sum = vectors[owner];
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] += v[k];
                    }
                }
            }
        }
        for (int i = 0; i < vectors.length; i++) {
            if (perText[i] > 1) {
                Vectors.normalise(vectors[i]);
            }
        }
        texts.add(input.size());
        passages.add(plan.size());
        batches.add(planned.size());
        for (TokenBatch b : planned) {
            long pad = b.paddingTokens();
            padding.add(pad);
            tokens.add((long) b.size() * b.length() - pad);
        }
        return List.of(vectors);
    }

    private float[][][] run(List<TokenBatch> planned) {
        float[][][] results = new float[planned.size()][][];
        if (planned.size() == 1 || poolSize == 1) {
            Predictor<TokenBatch, float[][]> p = borrow();
            try {
                for (int i = 0; i < planned.size(); i++) {
                    results[i] = infer(p, planned.get(i));
                }
            } finally {
                idle.add(p);
            }
            return results;
        }
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(planned.size());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        Runnable drain = () -> {
            int i = next.getAndIncrement();
            if (i >= planned.size()) {
                return;
            }
            Predictor<TokenBatch, float[][]> p;
            try {
                p = borrow();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
                for (; i < planned.size(); i = next.getAndIncrement()) {
                    done.countDown();
                }
                return;
            }
            try {
                for (; i < planned.size(); i = next.getAndIncrement()) {
                    try {
                        if (failure.get() == null) {
                            results[i] = infer(p, planned.get(i));
                        }
                    } catch (RuntimeException e) {
                        failure.compareAndSet(null, e);
                    } finally {
                        done.countDown();
                    }
                }
            } finally {
                idle.add(p);
            }
        };
        int wanted = Math.min(poolSize, planned.size()) - 1;
        for (int h = 0; h < wanted; h++) {
            helpers.execute(drain);
        }
        drain.run();
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted while waiting for inferences", e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return results;
    }

    private float[][] infer(Predictor<TokenBatch, float[][]> p, TokenBatch batch) {
        long t0 = System.nanoTime();
        try {
            return p.predict(batch);
        } catch (TranslateException e) {
            throw new EmbeddingException("inference failed on a batch of " + batch.size() + " x " + batch.length()
                    + " tokens", e);
        } finally {
            inferenceNanos.add(System.nanoTime() - t0);
        }
    }

    private Predictor<TokenBatch, float[][]> borrow() {
        try {
            return idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddingException("interrupted while waiting for a free predictor", e);
        }
    }

    @Override
    public ModelManifest manifest() {
        return manifest;
    }

    @Override
    public int dimensions() {
        return manifest.dimensions();
    }

    /** Number of tokens (with [CLS] and [SEP], before any truncation) of each text. */
    public int[] tokenCounts(List<String> input) {
        Encoding[] encodings = tokenizer.batchEncode(input);
        int[] counts = new int[encodings.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = encodings[i].getIds().length;
        }
        return counts;
    }

    /** Passages the long-text policy makes of a text of {@code tokens} tokens. */
    public int passageCount(int tokens) {
        return planner.passageCount(tokens);
    }

    /** Where the time of {@link Embedders#open} went for this embedder. */
    public LoadTimes loadTimes() {
        return loadTimes;
    }

    private void resetStats() {
        for (LongAdder a : List.of(texts, passages, batches, tokens, padding, tokenizeNanos, inferenceNanos, inputNanos,
                outputNanos)) {
            a.reset();
        }
    }

    public EmbedderStats stats() {
        return new EmbedderStats(texts.sum(), passages.sum(), batches.sum(), tokens.sum(), padding.sum(),
                tokenizeNanos.sum(), inferenceNanos.sum(), inputNanos.sum(), outputNanos.sum());
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (helpers != null) {
            helpers.shutdown();
        }
        predictors.forEach(Predictor::close);
        model.close();
        sessionOptions.close();
        tokenizer.close();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "techmatch-embedder-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
