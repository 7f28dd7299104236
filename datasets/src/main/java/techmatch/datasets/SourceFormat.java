package techmatch.datasets;

import java.util.Arrays;
import java.util.Optional;

/** The file formats the importer reads: the public sources as published, and the record standard's own NDJSON. */
public enum SourceFormat {
  JISHU_ACHIEVEMENTS("51jishu-achievements", Container.JSON_LINES, RecordKind.ACHIEVEMENT),
  JISHU_DEMANDS("51jishu-demands", Container.JSON_LINES, RecordKind.DEMAND),
  HAIYAN_DEMANDS("haiyan-demands", Container.JSON_LINES, RecordKind.DEMAND),
  CHINAXIV("chinaxiv", Container.JSON_LINES, RecordKind.ACHIEVEMENT),
  CSL("csl", Container.JSON_LINES, RecordKind.ACHIEVEMENT),
  TECHTRANSFER_CSV("techtransfer-csv", Container.CSV, RecordKind.ACHIEVEMENT),
  ACHIEVEMENTS("achievements", Container.JSON_LINES, RecordKind.ACHIEVEMENT),
  DEMANDS("demands", Container.JSON_LINES, RecordKind.DEMAND);

  /** How records sit in the file. */
  public enum Container { JSON_LINES, CSV }

  /** Which side of the market the records are on. */
  public enum RecordKind { ACHIEVEMENT, DEMAND }

  private final String code;
  private final Container container;
  private final RecordKind kind;

  SourceFormat(String code, Container container, RecordKind kind) {
    this.code = code;
    this.container = container;
    this.kind = kind;
  }

  public String code() {
    return code;
  }

  public Container container() {
    return container;
  }

  public RecordKind kind() {
    return kind;
  }

  public static Optional<SourceFormat> byCode(String code) {
    return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
  }
}
