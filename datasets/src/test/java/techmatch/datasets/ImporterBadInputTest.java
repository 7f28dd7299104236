package techmatch.datasets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import techmatch.core.record.Listing;

class ImporterBadInputTest {

  @TempDir
  Path dir;

  private final Importer importer = Importer.standard();
  private final List<Listing> imported = new ArrayList<>();

  private Path file(String name, byte[]... lines) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] line : lines) {
      out.write(line);
      out.write('\n');
    }
    Path f = dir.resolve(name);
    Files.write(f, out.toByteArray());
    return f;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void badLinesAreSkippedWithTheirLineNumbersAndGoodOnesKept() throws IOException {
    Path f = file("achievements.jsonl",
        utf8("{\"id\":\"ach-1\",\"name\":\"石墨烯导热膜\",\"context\":\"高导热\",\"zlxx\":\"发明专利\"}"),
        utf8("{\"id\":\"ach-2\",\"name\":\"broken\""),
        new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
        utf8(""),
        utf8("{\"id\":\"ach-1\",\"name\":\"again\",\"context\":\"x\"}"),
        utf8("{\"name\":\"no id\",\"context\":\"x\"}"),
        utf8("{\"id\":\"ach-5\",\"name\":\"\",\"context\":\"\"}"),
        utf8("[\"not\",\"an\",\"object\"]"),
        utf8("{\"id\":\"ach 8\",\"name\":\"bad id\",\"context\":\"x\"}"),
        utf8("{\"id\":\"ach-9\",\"name\":\"" + "长".repeat(501) + "\",\"context\":\"x\"}"),
        utf8("{\"id\":\"ach-10\",\"name\":\"未知成熟度\",\"context\":\"x\",\"maturity\":\"快好了\"}"));
    ImportSummary s = importer.importFile(f, SourceFormat.JISHU_ACHIEVEMENTS, imported::add);
    assertEquals(10, s.read(), "the blank line is not a record");
    assertEquals(2, s.imported());
    assertEquals(List.of("ach-1", "ach-10"), imported.stream().map(Listing::id).toList());
    assertEquals(Map.of("malformed JSON", 1L, "invalid UTF-8", 1L, "duplicate id", 1L, "missing id", 1L,
        "empty record", 1L, "not a JSON object", 1L, "invalid id", 1L, "invalid title", 1L), s.skipped());
    assertEquals(Map.of("unknown maturity dropped", 1L), s.repaired());
    List<String> where = s.problems().stream().map(p -> p.line() + " " + p.reason()).toList();
    assertEquals(List.of("2 malformed JSON", "3 invalid UTF-8", "5 duplicate id", "6 missing id", "7 empty record",
        "8 not a JSON object", "9 invalid id", "10 invalid title", "11 unknown maturity dropped"), where);
    assertTrue(s.problems().get(2).detail().contains("first seen on line 1"));
    assertTrue(s.problems().get(7).detail().contains("501 characters long"));
  }

  @Test
  void standardNdjsonIsValidatedFieldByField() throws IOException {
    Path f = file("mine.ndjson",
        utf8("{\"id\":\"d-1\",\"title\":\"除铁\",\"budget\":{\"minYuan\":100000,\"maxYuan\":500000}}"),
        utf8("{\"id\":\"d-2\",\"title\":\"坏日期\",\"validity\":{\"until\":\"2024-02-30\"}}"),
        utf8("{\"id\":\"d-3\",\"title\":\"多余字段\",\"colour\":\"red\"}"));
    ImportSummary s = importer.importFile(f, importer.detect(f), imported::add);
    assertEquals(SourceFormat.DEMANDS, importer.detect(f));
    assertEquals(1, s.imported());
    assertEquals(Map.of("invalid validity.until", 1L, "invalid colour", 1L), s.skipped());
    assertTrue(s.problems().get(0).detail().contains("bad date '2024-02-30'"), s.problems().toString());
  }

  @Test
  void csvRowsKeepTheirPhysicalLineNumbers() throws IOException {
    Path f = file("listings.csv",
        utf8("university,title,number,patent,link,description"),
        utf8("MIT,\"Multi-line\nTitle\",#1,,https://tlo.mit.edu/t/one,\"first\nsecond\""),
        utf8("MIT,,#2,,,no link"),
        utf8("MIT,Good,#3,Issued: 1 (USA),https://tlo.mit.edu/t/three,fine"));
    ImportSummary s = importer.importFile(f, SourceFormat.TECHTRANSFER_CSV, imported::add);
    assertEquals(3, s.read());
    assertEquals(List.of("mit-one", "mit-three"), imported.stream().map(Listing::id).toList());
    assertEquals(Map.of("missing id", 1L), s.skipped());
    assertEquals(5, s.problems().get(0).line(), "the row after a row spanning lines 2 to 4 starts on line 5");
  }

  @Test
  void anUnrecognisableFileAsksForAFormat() throws IOException {
    Path f = file("mystery.jsonl", utf8("{\"foo\":1}"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> importer.detect(f));
    assertTrue(e.getMessage().contains("--format"));
  }
}
