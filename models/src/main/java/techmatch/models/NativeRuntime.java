package techmatch.models;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * The process-wide native side of DJL, ONNX Runtime and JNA, pinned to one folder the project owns.
 *
 * <p>These libraries keep static configuration that they read from environment variables and system properties the
 * first time they load: DJL's cache ({@code DJL_CACHE_DIR}, {@code ENGINE_CACHE_DIR}; the HuggingFace tokenizers
 * native library is extracted under it), its offline switch ({@code ai.djl.offline}), JNA's scratch folder
 * ({@code jna.tmpdir}) and ONNX Runtime's library folder ({@code onnxruntime.native.path}). Left alone they write to
 * {@code ~/.djl.ai}, {@code ~/.cache/JNA} and {@code java.io.tmpdir}. This class is the one place that sets them: the
 * first {@link #configure} of the process fixes the folder, extracts ONNX Runtime's libraries there, and loads both
 * native libraries right away so that nothing is extracted later to a default place. A second call with the same
 * folder returns the same runtime; a call with another folder is refused, because the libraries are already loaded.
 *
 * <p>Layout under the runtime folder:
 * <pre>
 *   djl/                               DJL_CACHE_DIR and ENGINE_CACHE_DIR
 *   djl/tokenizers/&lt;version&gt;-cpu-&lt;platform&gt;/   libtokenizers.so, extracted by DJL
 *   native/onnxruntime-&lt;version&gt;/&lt;platform&gt;/   libonnxruntime.so, libonnxruntime4j_jni.so
 *   tmp/jna/                           jna.tmpdir
 * </pre>
 *
 * <p>An environment variable or system property that is already set is kept when it points inside the runtime folder
 * and refused otherwise (DJL reads the environment before system properties, so it cannot be overridden). ONNX
 * Runtime still creates and deletes an empty {@code onnxruntime-java*} folder in {@code java.io.tmpdir} while it
 * loads; launch the JVM with {@code -Djava.io.tmpdir} inside the project's folders.
 */
public final class NativeRuntime {

    private static final Object LOCK = new Object();
    /** The one runtime of this process; see the class comment for why this is global. */
    private static NativeRuntime configured;

    private final Path root;
    private final Path djlCacheDir;
    private final Path jnaTmpDir;
    private final Path onnxRuntimeLibDir;

    private NativeRuntime(Path root, Path djlCacheDir, Path jnaTmpDir, Path onnxRuntimeLibDir) {
        this.root = root;
        this.djlCacheDir = djlCacheDir;
        this.jnaTmpDir = jnaTmpDir;
        this.onnxRuntimeLibDir = onnxRuntimeLibDir;
    }

    /** Configures and loads the native libraries under {@code root}, once per process. */
    public static NativeRuntime configure(Path root) throws IOException {
        Path r = root.toAbsolutePath().normalize();
        synchronized (LOCK) {
            if (configured != null) {
                if (!configured.root.equals(r)) {
                    throw new IllegalStateException("the native runtime of this process already lives in "
                            + configured.root + "; it cannot move to " + r
                            + " (DJL and ONNX Runtime load their libraries once per process)");
                }
                return configured;
            }
            Files.createDirectories(r);
            Path djl = adopt("DJL_CACHE_DIR", r.resolve("djl"), r, true);
            adopt("ENGINE_CACHE_DIR", djl, r, true);
            requireOffline();
            Path jna = adopt("jna.tmpdir", r.resolve("tmp").resolve("jna"), r, false);
            Files.createDirectories(jna);
            if (System.getProperty("ai.djl.onnx.disable_alternative") == null) {
                // The embedder only needs ONNX Runtime; without this DJL would also start the tokenizers' Rust
                // engine as a helper for NDArray operations it never performs.
                System.setProperty("ai.djl.onnx.disable_alternative", "true");
            }
            // ONNX Runtime fails to load when java.io.tmpdir does not exist (it creates a scratch folder there).
            Files.createDirectories(Paths.get(System.getProperty("java.io.tmpdir")));
            Path ortDir = prepareOnnxRuntime(r);
            loadLibraries();
            configured = new NativeRuntime(r, djl, jna, ortDir);
            return configured;
        }
    }

    /** The runtime configured in this process, or null before the first {@link #configure}. */
    public static NativeRuntime current() {
        synchronized (LOCK) {
            return configured;
        }
    }

    public Path root() {
        return root;
    }

    /** DJL's cache; the tokenizers library is extracted under {@code djlCacheDir()/tokenizers}. */
    public Path djlCacheDir() {
        return djlCacheDir;
    }

    public Path jnaTmpDir() {
        return jnaTmpDir;
    }

    /** Folder ONNX Runtime loads its libraries from, or null when {@code onnxruntime.native.path} was preset. */
    public Path onnxRuntimeLibDir() {
        return onnxRuntimeLibDir;
    }

    private static Path adopt(String name, Path fallback, Path root, boolean envToo) {
        String env = envToo ? System.getenv(name) : null;
        String prop = System.getProperty(name);
        String preset = env != null && !env.isEmpty() ? env : prop;
        if (preset != null && !preset.isEmpty()) {
            Path p = Paths.get(preset).toAbsolutePath().normalize();
            if (!p.startsWith(root)) {
                throw new IllegalStateException((env != null ? "environment variable " : "system property ") + name
                        + "=" + preset + " points outside the runtime folder " + root
                        + "; unset it or configure runtimeDir to contain it");
            }
            if (env != null && prop == null) {
                System.setProperty(name, p.toString());
            }
            return p;
        }
        System.setProperty(name, fallback.toString());
        return fallback;
    }

    private static void requireOffline() {
        String env = System.getenv("DJL_OFFLINE");
        if (env != null && !Boolean.parseBoolean(env)) {
            throw new IllegalStateException("environment variable DJL_OFFLINE=" + env
                    + " would let DJL download; unset it (the embedder never downloads)");
        }
        String prop = System.getProperty("ai.djl.offline");
        if (prop != null && !Boolean.parseBoolean(prop)) {
            throw new IllegalStateException("system property ai.djl.offline=" + prop
                    + " would let DJL download; the embedder requires offline mode");
        }
        System.setProperty("ai.djl.offline", "true");
    }

    /**
     * Extracts ONNX Runtime's two libraries for this platform from its jar into a versioned folder and points
     * {@code onnxruntime.native.path} at it. Without this, ONNX Runtime extracts 20 MB into {@code java.io.tmpdir} on
     * every start.
     */
    private static Path prepareOnnxRuntime(Path root) throws IOException {
        if (System.getProperty("onnxruntime.native.path") != null) {
            return null;
        }
        ClassLoader loader = NativeRuntime.class.getClassLoader();
        String version;
        try {
            // Loading without initialising: OrtEnvironment's static initialiser would load the libraries.
            Class<?> env = Class.forName("ai.onnxruntime.OrtEnvironment", false, loader);
            version = env.getPackage().getImplementationVersion();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("ONNX Runtime (com.microsoft.onnxruntime:onnxruntime) is not on the "
                    + "classpath", e);
        }
        String platform = ortPlatform();
        String[] libs = {System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni")};
        String base = "ai/onnxruntime/native/" + platform + "/";
        if (platform == null || loader.getResource(base + libs[0]) == null) {
            return null; // not a platform the jar carries; ONNX Runtime reports that itself
        }
        Path dir = root.resolve("native").resolve("onnxruntime-" + (version == null ? "unknown" : version))
                .resolve(platform);
        Files.createDirectories(dir);
        for (String lib : libs) {
            copyIfMissing(loader.getResource(base + lib), dir.resolve(lib));
        }
        System.setProperty("onnxruntime.native.path", dir.toString());
        return dir;
    }

    /** Same names as ONNX Runtime's own loader uses for its resource folders. */
    private static String ortPlatform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String o = os.contains("mac") || os.contains("darwin") ? "osx"
                : os.contains("win") ? "win" : os.contains("nux") ? "linux" : null;
        String a = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") ? "aarch64" : null;
        return o == null || a == null ? null : o + "-" + a;
    }

    /** The folder is versioned, so a file of the right size is the right file. */
    private static void copyIfMissing(URL resource, Path target) throws IOException {
        URLConnection conn = resource.openConnection();
        long size = conn.getContentLengthLong();
        if (Files.isRegularFile(target) && Files.size(target) == size) {
            return;
        }
        Path part = Files.createTempFile(target.getParent(), target.getFileName().toString() + ".", ".part");
        try {
            try (InputStream in = conn.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static void loadLibraries() {
        ai.djl.engine.Engine.getEngine("OnnxRuntime");
        ai.djl.huggingface.tokenizers.jni.LibUtils.checkStatus();
    }
}
