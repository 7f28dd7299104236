package techmatch.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the shipped term files: one entry per line, {@code term} optionally followed by tab-separated columns;
 * lines starting with {@code #} are comments. Terms are stored as written (the builder writes them normalised).
 */
final class TermList {
    private TermList() {
    }

    /** Term → the rest of its line (possibly empty), in file order. */
    static Map<String, String[]> read(Reader reader, String sourceName) throws IOException {
        Map<String, String[]> entries = new LinkedHashMap<>();
        BufferedReader in = new BufferedReader(reader);
        String line;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            String term = cols[0];
            if (term.isBlank() || !term.equals(term.strip())) {
                throw new IllegalArgumentException(sourceName + " line " + lineNo + ": blank or padded term '" + term + "'");
            }
            String[] rest = new String[cols.length - 1];
            System.arraycopy(cols, 1, rest, 0, rest.length);
            entries.putIfAbsent(term, rest);
        }
        return entries;
    }

    static Map<String, String[]> readResource(String resource) {
        ClassLoader loader = TermList.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " not on the class path");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + resource, e);
        }
    }

    static Map<String, String[]> readFile(Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file, e);
        }
    }
}
