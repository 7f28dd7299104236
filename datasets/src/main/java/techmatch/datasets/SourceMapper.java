package techmatch.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import techmatch.core.record.Listing;

/** Maps one parsed line of a source file onto the record standard. */
interface SourceMapper {

  /** The record for {@code line}; throws {@link SkipLine} when the line holds no usable record. */
  Listing map(JsonNode line, Repairs repairs) throws SkipLine;
}
