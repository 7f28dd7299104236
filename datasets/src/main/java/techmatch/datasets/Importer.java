package techmatch.datasets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import techmatch.core.json.RecordJson;
import techmatch.core.record.FieldError;
import techmatch.core.record.IndustryClassification;
import techmatch.core.record.Listing;
import techmatch.core.record.RecordValidator;
import techmatch.core.record.ValidationException;

/**
 * Imports a file of one {@link SourceFormat} onto the record standard. Every line either becomes a valid record handed
 * to the sink or is skipped with its line number and a reason; nothing invalid reaches the sink.
 */
public final class Importer {

  private final RecordValidator validator;
  private final RecordJson json;
  private final Industries industries;
  private final ObjectMapper mapper;

  public Importer(RecordValidator validator, RecordJson json, IndustryClassification classification) {
    this.validator = validator;
    this.json = json;
    this.industries = new Industries(classification);
    this.mapper = json.mapper();
  }

  /** An importer with the standard industry table; what the CLI and the service use. */
  public static Importer standard() {
    IndustryClassification table = IndustryClassification.standard();
    RecordValidator validator = new RecordValidator(table);
    return new Importer(validator, new RecordJson(validator), table);
  }

  public ImportSummary importFile(Path file, SourceFormat format, Consumer<? super Listing> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return importStream(in, file.toString(), format, sink);
    }
  }

  /** Imports from a stream; {@code name} is what problems say the file is. */
  public ImportSummary importStream(InputStream in, String name, SourceFormat format, Consumer<? super Listing> sink)
      throws IOException {
    Acceptor acceptor = new Acceptor(new SummaryBuilder(format.code(), name), mapperFor(format), sink);
    if (format.container() == SourceFormat.Container.CSV) {
      readCsv(in, acceptor);
    } else {
      readJsonLines(in, acceptor);
    }
    return acceptor.summary.build();
  }

  private SourceMapper mapperFor(SourceFormat format) {
    return switch (format) {
      case JISHU_ACHIEVEMENTS -> new JishuAchievementMapper(industries);
      case JISHU_DEMANDS -> new JishuDemandMapper(industries);
      case HAIYAN_DEMANDS -> new HaiyanDemandMapper();
      case CHINAXIV -> PaperMapper.chinaXiv();
      case CSL -> PaperMapper.csl();
      case TECHTRANSFER_CSV -> new TechTransferMapper();
      case ACHIEVEMENTS -> new StandardRecordMapper(json, true);
      case DEMANDS -> new StandardRecordMapper(json, false);
    };
  }

  private void readJsonLines(InputStream in, Acceptor acceptor) throws IOException {
    try (LineReader lines = new LineReader(in)) {
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        if (line.badEncoding()) {
          acceptor.summary.read();
          acceptor.summary.skip(line.number(), "invalid UTF-8", "the line's bytes are not UTF-8 text");
          continue;
        }
        if (line.text().isBlank()) {
          continue;
        }
        acceptor.summary.read();
        JsonNode node;
        try {
          node = mapper.readTree(line.text());
        } catch (JsonProcessingException e) {
          acceptor.summary.skip(line.number(), "malformed JSON", e.getOriginalMessage());
          continue;
        }
        acceptor.accept(line.number(), node);
      }
    }
  }

  private void readCsv(InputStream in, Acceptor acceptor) throws IOException {
    byte[] bytes = in.readAllBytes();
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      // Keep the good rows; rows with replaced bytes are skipped below with their line numbers.
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    CsvMapper csv = new CsvMapper();
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (MappingIterator<Map<String, String>> rows = csv.readerFor(Map.class).with(schema).readValues(text)) {
      while (true) {
        long line;
        Map<String, String> row;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          line = rows.getCurrentLocation().getLineNr();
          row = rows.nextValue();
        } catch (IOException | RuntimeException e) {
          acceptor.summary.read();
          acceptor.summary.skip(rows.getCurrentLocation().getLineNr(), "malformed CSV",
              e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse(""));
          break;
        }
        acceptor.summary.read();
        if (row.values().stream().anyMatch(v -> v != null && v.indexOf('\uFFFD') >= 0)) {
          acceptor.summary.skip(line, "invalid UTF-8", "the row's bytes are not UTF-8 text");
          continue;
        }
        ObjectNode node = mapper.createObjectNode();
        row.forEach(node::put);
        acceptor.accept(line, node);
      }
    }
  }

  /** What happens to one parsed line: mapping, validation, duplicate checks, then the sink. */
  private final class Acceptor {
    final SummaryBuilder summary;
    final SourceMapper sourceMapper;
    final Consumer<? super Listing> sink;
    final Map<String, Long> idLines = new HashMap<>();
    final Set<String> contentSeen = new HashSet<>();

    Acceptor(SummaryBuilder summary, SourceMapper sourceMapper, Consumer<? super Listing> sink) {
      this.summary = summary;
      this.sourceMapper = sourceMapper;
      this.sink = sink;
    }

    void accept(long line, JsonNode node) {
      Repairs repairs = new Repairs();
      Listing listing;
      try {
        listing = validator.require(sourceMapper.map(node, repairs));
      } catch (SkipLine e) {
        summary.skip(line, e.reason(), e.getMessage());
        return;
      } catch (ValidationException e) {
        FieldError first = e.errors().get(0);
        summary.skip(line, "invalid " + first.field(), e.getMessage());
        return;
      }
      Long firstLine = idLines.putIfAbsent(listing.id(), line);
      if (firstLine != null) {
        summary.skip(line, "duplicate id", listing.id() + " was first seen on line " + firstLine);
        return;
      }
      repairs.made().forEach(r -> summary.repair(line, r.reason(), r.detail()));
      if (!contentSeen.add(fingerprint(listing))) {
        summary.duplicateContent();
      }
      sink.accept(listing);
      summary.imported();
    }
  }

  /** Title and description with all white space removed: the same item posted twice, whatever its layout. */
  static String fingerprint(Listing listing) {
    String text = (listing.title() + "\u0000" + listing.description()).replaceAll("\\s+", "");
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder();
      for (int i = 0; i < 12; i++) {
        hex.append(String.format("%02x", digest[i]));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Guesses the format of a file from its extension and the fields of its first record. */
  public SourceFormat detect(Path file) throws IOException {
    String name = file.getFileName().toString().toLowerCase();
    if (name.endsWith(".csv")) {
      return SourceFormat.TECHTRANSFER_CSV;
    }
    try (LineReader lines = new LineReader(Files.newInputStream(file))) {
      LineReader.Line line;
      while ((line = lines.next()) != null) {
        if (line.badEncoding() || line.text().isBlank()) {
          continue;
        }
        JsonNode node;
        try {
          node = mapper.readTree(line.text());
        } catch (JsonProcessingException e) {
          continue;
        }
        SourceFormat format = formatOf(node);
        if (format != null) {
          return format;
        }
      }
    }
    throw new IllegalArgumentException(file + ": cannot tell the format from its content; give --format "
        + "(one of 51jishu-achievements, 51jishu-demands, haiyan-demands, chinaxiv, csl, techtransfer-csv, "
        + "achievements, demands)");
  }

  private static SourceFormat formatOf(JsonNode node) {
    if (!node.isObject()) {
      return null;
    }
    Set<String> keys = new HashSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    if (keys.contains("zlxx")) {
      return SourceFormat.JISHU_ACHIEVEMENTS;
    }
    if (keys.contains("context") && keys.contains("time")) {
      return SourceFormat.JISHU_DEMANDS;
    }
    if (keys.contains("detail") && keys.contains("create_time")) {
      return SourceFormat.HAIYAN_DEMANDS;
    }
    if (keys.contains("abstract") && keys.contains("source_path")) {
      return SourceFormat.CHINAXIV;
    }
    if (keys.contains("abstract") && keys.contains("discipline")) {
      return SourceFormat.CSL;
    }
    if (keys.contains("ipKind") || keys.contains("maturity") || keys.contains("price")) {
      return SourceFormat.ACHIEVEMENTS;
    }
    if (keys.contains("budget") || keys.contains("validity")) {
      return SourceFormat.DEMANDS;
    }
    return null;
  }
}
