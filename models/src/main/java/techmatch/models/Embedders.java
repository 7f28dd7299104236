package techmatch.models;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.util.Map;

/** Opens embedders. */
public final class Embedders {

    private Embedders() {
    }

    /**
     * Opens bge-small-zh-v1.5 as configured: pins the native runtime to {@code config.runtimeDir()} (see
     * {@link NativeRuntime}), extracts or verifies the model files under {@code config.cacheDir()}, loads the tokenizer
     * and the ONNX Runtime session and runs one warm-up inference. Nothing is downloaded.
     *
     * @throws IOException when the cache folder cannot be written or the model files are missing or altered
     */
    public static OnnxEmbedder open(EmbedderConfig config) throws IOException {
        long t0 = System.nanoTime();
        NativeRuntime.configure(config.runtimeDir());
        long t1 = System.nanoTime();
        ModelFiles files = ModelFiles.extract(config.variant(), config.cacheDir());
        long t2 = System.nanoTime();
        HuggingFaceTokenizer tokenizer = HuggingFaceTokenizer.newInstance(files.tokenizer(),
                Map.of("addSpecialTokens", "true", "truncation", "false", "padding", "false"));
        long t3 = System.nanoTime();
        Model model = null;
        OrtSession.SessionOptions options = null;
        try {
            long[] empty = tokenizer.encode("").getIds();
            if (empty.length != 2) {
                throw new EmbeddingException("tokenizer " + files.tokenizer()
                        + " does not wrap text in exactly two special tokens");
            }
            options = sessionOptions(config.ort());
            model = Model.newInstance(ModelVariant.MODEL_NAME, Device.cpu(), "OnnxRuntime");
            model.load(files.dir(), "model", Map.of("sessionOptions", options));
            long t4 = System.nanoTime();
            LoadTimes partial = new LoadTimes(t1 - t0, t2 - t1, t3 - t2, t4 - t3, 0, files.extracted());
            return new OnnxEmbedder(config, tokenizer, empty[0], empty[1], model, options, partial);
        } catch (MalformedModelException e) {
            close(model, options, tokenizer);
            throw new IOException("ONNX Runtime cannot load " + files.model(), e);
        } catch (OrtException e) {
            close(model, options, tokenizer);
            throw new EmbeddingException("invalid ONNX Runtime options " + config.ort(), e);
        } catch (RuntimeException e) {
            close(model, options, tokenizer);
            throw e;
        }
    }

    private static OrtSession.SessionOptions sessionOptions(OrtOptions o) throws OrtException {
        OrtSession.SessionOptions s = new OrtSession.SessionOptions();
        try {
            s.setIntraOpNumThreads(o.intraOpThreads());
            s.setInterOpNumThreads(o.interOpThreads());
            s.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.valueOf(o.optLevel()));
            s.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            s.setCPUArenaAllocator(o.cpuArena());
            s.setMemoryPatternOptimization(o.memoryPattern());
            s.addConfigEntry("session.intra_op.allow_spinning", o.allowSpinning() ? "1" : "0");
            return s;
        } catch (OrtException | RuntimeException e) {
            s.close();
            throw e;
        }
    }

    private static void close(Model model, OrtSession.SessionOptions options, HuggingFaceTokenizer tokenizer) {
        if (model != null) {
            model.close();
        }
        if (options != null) {
            options.close();
        }
        tokenizer.close();
    }
}
