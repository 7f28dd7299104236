package techmatch.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import techmatch.core.record.Achievement;
import techmatch.core.record.Coded;
import techmatch.core.record.Contact;
import techmatch.core.record.ContactVisibility;
import techmatch.core.record.CooperationMode;
import techmatch.core.record.Demand;
import techmatch.core.record.FieldError;
import techmatch.core.record.IpKind;
import techmatch.core.record.Language;
import techmatch.core.record.Listing;
import techmatch.core.record.Maturity;
import techmatch.core.record.OrganisationType;
import techmatch.core.record.Owner;
import techmatch.core.record.PriceRange;
import techmatch.core.record.RecordValidator;
import techmatch.core.record.Source;
import techmatch.core.record.ValidationException;
import techmatch.core.record.ValidityWindow;
import techmatch.core.record.Visibility;

/**
 * The JSON form of the record standard (schema version 1). Reading checks types, vocabularies and the standard's rules
 * and reports every problem with its field; writing omits absent values, so that record → JSON → record is exact.
 */
public final class RecordJson {

  public static final int SCHEMA_VERSION = 1;

  static final Set<String> ACHIEVEMENT_FIELDS = Set.of("id", "title", "description", "ipKind", "maturity",
      "industries", "technologyAreas", "cooperationModes", "price", "region", "owner", "visibility", "contact",
      "contactVisibility", "keywords", "language", "source", "publishedOn", "createdAt", "updatedAt");
  static final Set<String> DEMAND_FIELDS = Set.of("id", "title", "description", "industries", "technologyAreas",
      "cooperationModes", "budget", "validity", "region", "owner", "visibility", "contact", "contactVisibility",
      "keywords", "language", "source", "publishedOn", "createdAt", "updatedAt");
  static final Set<String> PRICE_FIELDS = Set.of("minYuan", "maxYuan", "negotiable");
  static final Set<String> OWNER_FIELDS = Set.of("id", "name", "type");
  static final Set<String> CONTACT_FIELDS = Set.of("person", "phone", "email");
  static final Set<String> SOURCE_FIELDS = Set.of("name", "url");
  static final Set<String> VALIDITY_FIELDS = Set.of("from", "until");

  private final ObjectMapper mapper;
  private final RecordValidator validator;

  public RecordJson(RecordValidator validator) {
    this.validator = validator;
    this.mapper = JsonMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  public Achievement readAchievement(String json) {
    return readAchievement(parse(json));
  }

  public Demand readDemand(String json) {
    return readDemand(parse(json));
  }

  /** Parses JSON text, turning a syntax error into a field error that says where it is. */
  public JsonNode parse(String json) {
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw ValidationException.of("$", "the body is empty; expected a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw ValidationException.of("$", "malformed JSON" + where + ": " + e.getOriginalMessage());
    }
  }

  public Achievement readAchievement(JsonNode node) {
    List<FieldError> errors = new ArrayList<>();
    ObjectFields f = ObjectFields.of(node, "", ACHIEVEMENT_FIELDS, errors);
    if (f == null) {
      throw new ValidationException(errors);
    }
    Achievement a = new Achievement(
        f.requiredString("id"),
        f.requiredString("title"),
        f.string("description"),
        f.coded("ipKind", IpKind.class),
        f.coded("maturity", Maturity.class),
        f.strings("industries"),
        f.strings("technologyAreas"),
        f.codedList("cooperationModes", CooperationMode.class),
        price(f.object("price", PRICE_FIELDS)),
        f.string("region"),
        owner(f.object("owner", OWNER_FIELDS)),
        f.coded("visibility", Visibility.class),
        contact(f.object("contact", CONTACT_FIELDS)),
        f.coded("contactVisibility", ContactVisibility.class),
        f.strings("keywords"),
        f.coded("language", Language.class),
        source(f.object("source", SOURCE_FIELDS)),
        f.date("publishedOn"),
        f.instant("createdAt"),
        f.instant("updatedAt"));
    return checked(a, errors);
  }

  public Demand readDemand(JsonNode node) {
    List<FieldError> errors = new ArrayList<>();
    ObjectFields f = ObjectFields.of(node, "", DEMAND_FIELDS, errors);
    if (f == null) {
      throw new ValidationException(errors);
    }
    Demand d = new Demand(
        f.requiredString("id"),
        f.requiredString("title"),
        f.string("description"),
        f.strings("industries"),
        f.strings("technologyAreas"),
        f.codedList("cooperationModes", CooperationMode.class),
        price(f.object("budget", PRICE_FIELDS)),
        validity(f.object("validity", VALIDITY_FIELDS)),
        f.string("region"),
        owner(f.object("owner", OWNER_FIELDS)),
        f.coded("visibility", Visibility.class),
        contact(f.object("contact", CONTACT_FIELDS)),
        f.coded("contactVisibility", ContactVisibility.class),
        f.strings("keywords"),
        f.coded("language", Language.class),
        source(f.object("source", SOURCE_FIELDS)),
        f.date("publishedOn"),
        f.instant("createdAt"),
        f.instant("updatedAt"));
    return checked(d, errors);
  }

  private <T extends Listing> T checked(T listing, List<FieldError> structural) {
    List<FieldError> errors = new ArrayList<>(structural);
    List<FieldError> rules = listing instanceof Achievement a ? validator.validate(a) : validator.validate((Demand) listing);
    for (FieldError e : rules) {
      // A field that already failed to parse would otherwise be reported a second time as missing.
      if (errors.stream().noneMatch(s -> s.field().equals(e.field()))) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return listing;
  }

  private static PriceRange price(ObjectFields f) {
    return f == null ? null : new PriceRange(f.longValue("minYuan"), f.longValue("maxYuan"), f.bool("negotiable", false));
  }

  private static Owner owner(ObjectFields f) {
    return f == null ? null : new Owner(f.requiredString("id"), f.string("name"), f.coded("type", OrganisationType.class));
  }

  private static Contact contact(ObjectFields f) {
    return f == null ? null : new Contact(f.string("person"), f.string("phone"), f.string("email"));
  }

  private static Source source(ObjectFields f) {
    return f == null ? null : new Source(f.requiredString("name"), f.string("url"));
  }

  private static ValidityWindow validity(ObjectFields f) {
    return f == null ? null : new ValidityWindow(f.date("from"), f.date("until"));
  }

  public String write(Listing listing) {
    try {
      return mapper.writeValueAsString(toJson(listing));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of plain values cannot fail to serialise", e);
    }
  }

  public ObjectNode toJson(Listing listing) {
    return listing instanceof Achievement a ? toJson(a) : toJson((Demand) listing);
  }

  public ObjectNode toJson(Achievement a) {
    Writer w = new Writer(mapper.createObjectNode());
    w.put("id", a.id()).put("title", a.title()).put("description", a.description())
        .put("ipKind", a.ipKind()).put("maturity", a.maturity())
        .strings("industries", a.industries()).strings("technologyAreas", a.technologyAreas())
        .codes("cooperationModes", a.cooperationModes());
    w.price("price", a.price()).put("region", a.region()).owner(a.owner()).put("visibility", a.visibility())
        .contact(a.contact()).put("contactVisibility", a.contactVisibility()).strings("keywords", a.keywords())
        .put("language", a.language()).source(a.source())
        .put("publishedOn", a.publishedOn()).put("createdAt", a.createdAt()).put("updatedAt", a.updatedAt());
    return w.node;
  }

  public ObjectNode toJson(Demand d) {
    Writer w = new Writer(mapper.createObjectNode());
    w.put("id", d.id()).put("title", d.title()).put("description", d.description())
        .strings("industries", d.industries()).strings("technologyAreas", d.technologyAreas())
        .codes("cooperationModes", d.cooperationModes()).price("budget", d.budget());
    if (d.validity() != null) {
      ObjectNode v = w.node.putObject("validity");
      new Writer(v).put("from", d.validity().from()).put("until", d.validity().until());
    }
    w.put("region", d.region()).owner(d.owner()).put("visibility", d.visibility())
        .contact(d.contact()).put("contactVisibility", d.contactVisibility()).strings("keywords", d.keywords())
        .put("language", d.language()).source(d.source())
        .put("publishedOn", d.publishedOn()).put("createdAt", d.createdAt()).put("updatedAt", d.updatedAt());
    return w.node;
  }

  /** Puts only the values that are present, so absent and null read back the same. */
  private record Writer(ObjectNode node) {

    Writer put(String name, Object value) {
      if (value instanceof Coded c) {
        node.put(name, c.code());
      } else if (value instanceof Long l) {
        node.put(name, l);
      } else if (value != null) {
        node.put(name, value.toString());
      }
      return this;
    }

    Writer strings(String name, List<String> values) {
      if (!values.isEmpty()) {
        ArrayNode array = node.putArray(name);
        values.forEach(array::add);
      }
      return this;
    }

    Writer codes(String name, List<? extends Coded> values) {
      return strings(name, values.stream().map(Coded::code).toList());
    }

    Writer price(String name, PriceRange p) {
      if (p != null) {
        ObjectNode o = node.putObject(name);
        new Writer(o).put("minYuan", p.minYuan()).put("maxYuan", p.maxYuan());
        if (p.negotiable()) {
          o.put("negotiable", true);
        }
      }
      return this;
    }

    Writer owner(Owner o) {
      if (o != null) {
        new Writer(node.putObject("owner")).put("id", o.id()).put("name", o.name()).put("type", o.type());
      }
      return this;
    }

    Writer contact(Contact c) {
      if (c != null) {
        new Writer(node.putObject("contact")).put("person", c.person()).put("phone", c.phone()).put("email", c.email());
      }
      return this;
    }

    Writer source(Source s) {
      if (s != null) {
        new Writer(node.putObject("source")).put("name", s.name()).put("url", s.url());
      }
      return this;
    }
  }
}
