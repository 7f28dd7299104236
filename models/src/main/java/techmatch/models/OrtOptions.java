package techmatch.models;

import java.util.Set;

/**
 * ONNX Runtime session options. The defaults suit a small CPU-only server: one intra-op thread per inference (the
 * embedder runs {@code poolSize} inferences side by side instead), no spinning worker threads, every graph
 * optimisation.
 *
 * @param intraOpThreads threads inside one operator of one inference; 0 lets ONNX Runtime use every core
 * @param interOpThreads threads across independent operators (only used by the parallel execution mode; 1 otherwise)
 * @param optLevel       graph optimisation: {@code NO_OPT}, {@code BASIC_OPT}, {@code EXTENDED_OPT} or {@code ALL_OPT}
 * @param cpuArena       pool native memory between inferences (faster; holds the peak allocation)
 * @param memoryPattern  pre-plan allocations from the first run of a shape
 * @param allowSpinning  let idle intra-op threads busy-wait for the next operator (session.intra_op.allow_spinning);
 *                       only matters when intraOpThreads != 1
 */
public record OrtOptions(
        int intraOpThreads,
        int interOpThreads,
        String optLevel,
        boolean cpuArena,
        boolean memoryPattern,
        boolean allowSpinning) {

    private static final Set<String> OPT_LEVELS = Set.of("NO_OPT", "BASIC_OPT", "EXTENDED_OPT", "ALL_OPT");

    public OrtOptions {
        if (intraOpThreads < 0) {
            throw new IllegalArgumentException("ort.intraOpThreads must be >= 0, got " + intraOpThreads);
        }
        if (interOpThreads < 1) {
            throw new IllegalArgumentException("ort.interOpThreads must be >= 1, got " + interOpThreads);
        }
        if (optLevel == null || !OPT_LEVELS.contains(optLevel)) {
            throw new IllegalArgumentException("ort.optLevel must be one of " + OPT_LEVELS + ", got " + optLevel);
        }
    }

    /** One intra-op thread, all optimisations, arena and memory pattern on, no spinning. */
    public static OrtOptions defaults() {
        return new OrtOptions(1, 1, "ALL_OPT", true, true, false);
    }

    public OrtOptions withIntraOpThreads(int n) {
        return new OrtOptions(n, interOpThreads, optLevel, cpuArena, memoryPattern, allowSpinning);
    }

    public OrtOptions withOptLevel(String level) {
        return new OrtOptions(intraOpThreads, interOpThreads, level, cpuArena, memoryPattern, allowSpinning);
    }

    public OrtOptions withCpuArena(boolean on) {
        return new OrtOptions(intraOpThreads, interOpThreads, optLevel, on, memoryPattern, allowSpinning);
    }

    public OrtOptions withMemoryPattern(boolean on) {
        return new OrtOptions(intraOpThreads, interOpThreads, optLevel, cpuArena, on, allowSpinning);
    }

    public OrtOptions withAllowSpinning(boolean on) {
        return new OrtOptions(intraOpThreads, interOpThreads, optLevel, cpuArena, memoryPattern, on);
    }
}
