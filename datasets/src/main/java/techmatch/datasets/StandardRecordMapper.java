package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import techmatch.core.json.RecordJson;
import techmatch.core.record.Listing;

/** Lines already in the record standard's JSON form (what the API exports and bulk import takes). */
final class StandardRecordMapper implements SourceMapper {

  private final RecordJson json;
  private final boolean achievements;

  StandardRecordMapper(RecordJson json, boolean achievements) {
    this.json = json;
    this.achievements = achievements;
  }

  @Override
  public Listing map(JsonNode line, Repairs repairs) {
    return achievements ? json.readAchievement(line) : json.readDemand(line);
  }
}
