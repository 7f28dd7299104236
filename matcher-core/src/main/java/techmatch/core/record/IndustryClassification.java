package techmatch.core.record;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GB/T 4754-2017 industry table, and the lookups importers need to turn the names listings carry (often an older
 * edition's name, abbreviated, or several sections run together without a separator) into codes.
 */
public final class IndustryClassification {

  private static final String RESOURCE = "/techmatch/core/industry-gbt4754-2017.tsv";
  /** A truncated name must keep at least this many characters before it may match by prefix. */
  private static final int MIN_PREFIX = 4;

  private final Map<String, IndustryClass> byCode;
  private final List<Named> sections;
  private final List<Named> divisions;

  private record Named(IndustryClass industryClass, List<String> keys) {}

  private IndustryClassification(Map<String, IndustryClass> byCode, List<Named> sections, List<Named> divisions) {
    this.byCode = Collections.unmodifiableMap(byCode);
    this.sections = List.copyOf(sections);
    this.divisions = List.copyOf(divisions);
  }

  /** Loads the table shipped with this module. */
  public static IndustryClassification standard() {
    try (InputStream in = IndustryClassification.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IndustryClassification parse(BufferedReader reader) throws IOException {
    Map<String, IndustryClass> byCode = new LinkedHashMap<>();
    List<Named> sections = new ArrayList<>();
    List<Named> divisions = new ArrayList<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      IndustryClass cls = new IndustryClass(cols[0], cols[1]);
      byCode.put(cls.code(), cls);
      List<String> keys = new ArrayList<>();
      keys.add(key(cls.name()));
      if (cols.length > 2 && !cols[2].isBlank()) {
        for (String alias : cols[2].split("\\|")) {
          keys.add(key(alias));
        }
      }
      (cls.isSection() ? sections : divisions).add(new Named(cls, keys));
    }
    return new IndustryClassification(byCode, sections, divisions);
  }

  /** Names differ in punctuation between editions and platforms; compare them without it. */
  static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    name.strip().codePoints()
        .filter(c -> c != '、' && c != '，' && c != ',' && c != ' ' && c != '　')
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  public Optional<IndustryClass> byCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  public boolean isKnownCode(String code) {
    return byCode.containsKey(code);
  }

  public List<IndustryClass> all() {
    return List.copyOf(byCode.values());
  }

  public Optional<IndustryClass> sectionByName(String name) {
    return match(sections, key(name));
  }

  public Optional<IndustryClass> divisionByName(String name) {
    return match(divisions, key(name));
  }

  private static Optional<IndustryClass> match(List<Named> candidates, String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    for (Named n : candidates) {
      if (n.keys().contains(key)) {
        return Optional.of(n.industryClass());
      }
    }
    if (key.length() >= MIN_PREFIX) {
      for (Named n : candidates) {
        for (String k : n.keys()) {
          if (k.startsWith(key)) {
            return Optional.of(n.industryClass());
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Splits section names written one after another ({@code 制造业建筑业批发和零售业}) into sections, longest name first at
   * each position. Returns an empty list when any part is not a section name.
   */
  public List<IndustryClass> splitSections(String text) {
    String rest = key(text);
    List<IndustryClass> found = new ArrayList<>();
    while (!rest.isEmpty()) {
      Named best = null;
      String bestKey = "";
      for (Named n : sections) {
        for (String k : n.keys()) {
          if (rest.startsWith(k) && k.length() > bestKey.length()) {
            best = n;
            bestKey = k;
          }
        }
      }
      if (best == null) {
        return List.of();
      }
      if (!found.contains(best.industryClass())) {
        found.add(best.industryClass());
      }
      rest = rest.substring(bestKey.length());
    }
    return found;
  }
}
