package techmatch.nlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.io.IIOAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The one place that touches HanLP's static configuration.
 *
 * <p>HanLP 1.x keeps its configuration in static fields ({@code HanLP.Config}); the portable jar's default I/O
 * adapter reads dictionaries from the class path but, when a cache is missing, writes {@code .bin} files to a
 * path relative to the working directory ({@code data/dictionary/...}). That must never happen here (tests write
 * only under target/, the service owns its folders), so before any HanLP class loads a dictionary we install an
 * adapter that reads exactly as HanLP's own {@code ResourceIOAdapter} does and refuses every write. HanLP treats
 * a failed cache write as non-fatal and keeps the dictionary it loaded in memory.
 *
 * <p>This is process-wide by nature (HanLP offers no other hook); it is idempotent, sets nothing else, and the
 * refused paths are recorded so a test can assert there were none. Everything per-instance in this module (our
 * technical dictionary, stop lists) lives in our own objects, never in HanLP's static {@code CustomDictionary}.
 */
final class HanLpEnvironment {
    private static final Object LOCK = new Object();
    private static volatile ReadOnlyAdapter installed;

    private HanLpEnvironment() {
    }

    /** Installs the read-only adapter once; call before creating any HanLP segmenter. */
    static void ensureReadOnly() {
        if (installed != null) {
            return;
        }
        synchronized (LOCK) {
            if (installed == null) {
                ReadOnlyAdapter adapter = new ReadOnlyAdapter(HanLP.Config.IOAdapter);
                HanLP.Config.IOAdapter = adapter;
                installed = adapter;
            }
        }
    }

    /** Paths HanLP tried to write since the adapter was installed (expected to stay empty). */
    static List<String> refusedWrites() {
        ReadOnlyAdapter a = installed;
        return a == null ? List.of() : a.refused();
    }

    private static final class ReadOnlyAdapter implements IIOAdapter {
        private final IIOAdapter reader;
        private final List<String> refused = new ArrayList<>();

        ReadOnlyAdapter(IIOAdapter reader) {
            this.reader = reader;
        }

        @Override
        public InputStream open(String path) throws IOException {
            return reader.open(path);
        }

        @Override
        public OutputStream create(String path) throws IOException {
            synchronized (refused) {
                refused.add(path);
            }
            throw new IOException("techmatch: HanLP cache writes are disabled (" + path + ")");
        }

        List<String> refused() {
            synchronized (refused) {
                return List.copyOf(refused);
            }
        }
    }
}
