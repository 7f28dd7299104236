package techmatch.models.bench;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import techmatch.models.EmbedderConfig;
import techmatch.models.EmbedderStats;
import techmatch.models.Embedders;
import techmatch.models.ModelFiles;
import techmatch.models.ModelVariant;
import techmatch.models.NativeRuntime;
import techmatch.models.OnnxEmbedder;
import techmatch.models.OrtOptions;

/**
 * Sentences per second through {@link OnnxEmbedder#embedAll}, next to a plain ONNX Runtime loop over the same
 * pre-tokenised batches (the engine's ceiling), so that the gap shows what the embedder's own work costs.
 *
 * <pre>
 * java -cp ... techmatch.models.bench.ThroughputBench CACHE_DIR [--datasets DIR] [--texts N] [--seconds S]
 *      [--variants fp32,int8] [--tokens 110,250,natural] [--batch 64] [--max-batch-tokens 1024] [--raw-batch 32]
 *      [--setups 1x1,2x1,1x2] [--raw true]
 *      [--opt ALL_OPT] [--arena true] [--pattern true] [--spin false]
 * </pre>
 * A setup PxT runs P predictors of T ONNX Runtime threads each.
 */
public final class ThroughputBench {

    private record Setup(String label, int pool, int intra) {
    }

    private static Setup setup(String spec) {
        String[] pt = spec.trim().split("x");
        int pool = Integer.parseInt(pt[0]);
        int intra = Integer.parseInt(pt[1]);
        String label = pool * intra == 1 ? "1 thread"
                : pool + " predictor" + (pool > 1 ? "s" : "") + " x " + intra + " thread" + (intra > 1 ? "s" : "");
        return new Setup(label, pool, intra);
    }

    private ThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        Args a = new Args(args);
        Path cache = Paths.get(a.positional(0, "CACHE_DIR"));
        Path datasets = Paths.get(a.option("datasets", "datasets"));
        int texts = Integer.parseInt(a.option("texts", "256"));
        double seconds = Double.parseDouble(a.option("seconds", "6"));
        EmbedderConfig defaults = EmbedderConfig.builder(cache).build();
        int batch = Integer.parseInt(a.option("batch", Integer.toString(defaults.batchSize())));
        int rawBatch = Integer.parseInt(a.option("raw-batch", "32"));
        List<ModelVariant> variants = new ArrayList<>();
        for (String v : a.option("variants", "fp32,int8").split(",")) {
            variants.add(ModelVariant.parse(v));
        }
        // 0 stands for the corpora's natural lengths (title + description, truncated at 512 by the embedder).
        int[] lengths = Arrays.stream(a.option("tokens", "110,250").split(","))
                .mapToInt(t -> t.equals("natural") ? 0 : Integer.parseInt(t)).toArray();
        int maxBatchTokens = Integer.parseInt(a.option("max-batch-tokens",
                Integer.toString(defaults.maxBatchTokens())));
        List<Setup> setups = new ArrayList<>();
        for (String spec : a.option("setups", "1x1,2x1,1x2").split(",")) {
            setups.add(setup(spec));
        }
        boolean raw = Boolean.parseBoolean(a.option("raw", "true"));
        OrtOptions ort = OrtOptions.defaults().withOptLevel(a.option("opt", "ALL_OPT"))
                .withCpuArena(Boolean.parseBoolean(a.option("arena", "true")))
                .withMemoryPattern(Boolean.parseBoolean(a.option("pattern", "true")))
                .withAllowSpinning(Boolean.parseBoolean(a.option("spin", "false")));

        NativeRuntime.configure(cache);
        ModelFiles anyFiles = ModelFiles.extract(ModelVariant.INT8, cache);
        BenchInputs inputs = new BenchInputs(anyFiles.tokenizer(), datasets);
        System.out.printf("machine: %d cores, load %.1f; %d texts per round, rounds for >= %.0f s; "
                + "embedder batches: %d texts / %d tokens, plain loop: batches of %d texts; %s%n",
                Runtime.getRuntime().availableProcessors(), PolicyCostBench.loadAverage(), texts, seconds, batch,
                maxBatchTokens, rawBatch, ort);
        System.out.println("| variant | tokens | runner | setup | sent/s median | sent/s best round | sent per CPU-s "
                + "| tokenise % | tensors in/out % | session.run + DJL % | padding % |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int tokens : lengths) {
            List<String> sample = tokens == 0 ? inputs.natural(texts) : inputs.cut(texts, tokens);
            String tokenLabel = tokens == 0 ? "natural" : Integer.toString(tokens);
            for (ModelVariant v : variants) {
                ModelFiles files = ModelFiles.extract(v, cache);
                for (Setup s : setups) {
                    EmbedderConfig config = EmbedderConfig.builder(cache).variant(v).poolSize(s.pool())
                            .ort(ort.withIntraOpThreads(s.intra())).batchSize(batch).maxBatchTokens(maxBatchTokens)
                            .build();
                    try (OnnxEmbedder e = Embedders.open(config)) {
                        e.embedAll(sample); // warm every batch shape
                        EmbedderStats before = e.stats();
                        long t0 = System.nanoTime();
                        long cpu0 = cpuNanos();
                        double[] rate = rates(() -> e.embedAll(sample), sample.size(), seconds);
                        double wall = System.nanoTime() - t0;
                        double perCpu = (e.stats().texts() - before.texts()) / ((cpuNanos() - cpu0) / 1e9);
                        EmbedderStats st = delta(before, e.stats());
                        double tok = 100.0 * st.tokenizeNanos() / wall;
                        double inf = 100.0 * (st.inferenceNanos() - st.inputNanos() - st.outputNanos())
                                / (wall * s.pool());
                        double io = 100.0 * (st.inputNanos() + st.outputNanos()) / (wall * s.pool());
                        double pad = 100.0 * st.paddingTokens() / (st.tokens() + st.paddingTokens());
                        System.out.printf("| %s | %s | embedder | %s | %.0f | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f |%n",
                                v.label(), tokenLabel, s.label(), rate[0], rate[1], perCpu, tok, io, inf, pad);
                    }
                }
                for (Setup s : raw && tokens > 0 ? setups : List.<Setup>of()) {
                    double[] rate = rawLoop(files, inputs, sample, rawBatch, s, seconds, ort);
                    System.out.printf("| %s | %s | plain ORT loop | %s | %.0f | %.0f | %.0f | | | | |%n", v.label(),
                            tokenLabel, s.label(), rate[0], rate[1], rate[2]);
                }
            }
        }
        inputs.close();
    }

    /** CPU time of the whole process: all Java and native threads. */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static EmbedderStats delta(EmbedderStats a, EmbedderStats b) {
        return new EmbedderStats(b.texts() - a.texts(), b.passages() - a.passages(), b.batches() - a.batches(),
                b.tokens() - a.tokens(), b.paddingTokens() - a.paddingTokens(),
                b.tokenizeNanos() - a.tokenizeNanos(), b.inferenceNanos() - a.inferenceNanos(),
                b.inputNanos() - a.inputNanos(), b.outputNanos() - a.outputNanos());
    }

    interface Round {
        void run() throws Exception;
    }

    /** Median and best round rate; on a shared machine the best round is the closer estimate of an idle one. */
    static double[] rates(Round round, int items, double seconds) throws Exception {
        List<Double> rates = new ArrayList<>();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        while (rates.size() < 3 || System.nanoTime() < end) {
            long t0 = System.nanoTime();
            round.run();
            rates.add(items / ((System.nanoTime() - t0) / 1e9));
        }
        rates.sort(null);
        return new double[] {rates.get(rates.size() / 2), rates.get(rates.size() - 1)};
    }

    /**
     * The reference's plain loop: pre-tokenised batches of {@code batch} texts straight into OrtSession.run, the
     * output copied out; with two predictors, two Java threads share the session.
     */
    private static double[] rawLoop(ModelFiles files, BenchInputs inputs, List<String> sample, int batch, Setup s,
            double seconds, OrtOptions ort) throws Exception {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        OrtOptions o = ort.withIntraOpThreads(s.intra());
        List<long[][]> batches = new ArrayList<>();
        try (HuggingFaceTokenizer tok = HuggingFaceTokenizer.newInstance(files.tokenizer(),
                Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"))) {
            for (int i = 0; i < sample.size(); i += batch) {
                List<String> part = sample.subList(i, Math.min(sample.size(), i + batch));
                long[][] ids = new long[part.size()][];
                for (int j = 0; j < part.size(); j++) {
                    ids[j] = tok.encode(part.get(j)).getIds();
                }
                batches.add(ids);
            }
        }
        try (OrtSession.SessionOptions so = new OrtSession.SessionOptions()) {
            so.setIntraOpNumThreads(o.intraOpThreads());
            so.setInterOpNumThreads(1);
            so.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.valueOf(o.optLevel()));
            so.setCPUArenaAllocator(o.cpuArena());
            so.setMemoryPatternOptimization(o.memoryPattern());
            so.addConfigEntry("session.intra_op.allow_spinning", o.allowSpinning() ? "1" : "0");
            try (OrtSession session = env.createSession(files.model().toString(), so)) {
                ExecutorService pool = Executors.newFixedThreadPool(s.pool());
                try {
                    Round round = () -> {
                        List<Future<?>> fs = new ArrayList<>();
                        for (int t = 0; t < s.pool(); t++) {
                            int first = t;
                            fs.add(pool.submit(() -> {
                                for (int b = first; b < batches.size(); b += s.pool()) {
                                    runBatch(env, session, batches.get(b));
                                }
                                return null;
                            }));
                        }
                        for (Future<?> f : fs) {
                            f.get();
                        }
                    };
                    round.run();
                    long cpu0 = cpuNanos();
                    int[] rounds = {0};
                    double[] rate = rates(() -> {
                        round.run();
                        rounds[0]++;
                    }, sample.size(), seconds);
                    return new double[] {rate[0], rate[1],
                        rounds[0] * (double) sample.size() / ((cpuNanos() - cpu0) / 1e9)};
                } finally {
                    pool.shutdown();
                }
            }
        }
    }

    private static void runBatch(OrtEnvironment env, OrtSession session, long[][] rows) throws OrtException {
        int len = 0;
        for (long[] r : rows) {
            len = Math.max(len, r.length);
        }
        long[] ids = new long[rows.length * len];
        long[] mask = new long[ids.length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, ids, i * len, rows[i].length);
            Arrays.fill(mask, i * len, i * len + rows[i].length, 1L);
        }
        long[] shape = {rows.length, len};
        try (OnnxTensor a = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor m = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
                OnnxTensor t = OnnxTensor.createTensor(env, LongBuffer.wrap(new long[ids.length]), shape);
                OrtSession.Result r = session.run(Map.of("input_ids", a, "attention_mask", m, "token_type_ids", t))) {
            ((OnnxTensor) r.get(0)).getFloatBuffer();
        }
    }
}
