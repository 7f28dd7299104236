package techmatch.core.record;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a record against the rules of the record standard that types alone cannot express: required text, sizes,
 * known industry codes, consistent ranges. Returns every problem with the field it belongs to.
 */
public final class RecordValidator {

  private final IndustryClassification industries;

  public RecordValidator(IndustryClassification industries) {
    this.industries = industries;
  }

  public List<FieldError> validate(Achievement a) {
    Errors e = new Errors();
    common(e, a);
    price(e, "price", a.price());
    contact(e, a.contact());
    return e.list;
  }

  public List<FieldError> validate(Demand d) {
    Errors e = new Errors();
    common(e, d);
    price(e, "budget", d.budget());
    contact(e, d.contact());
    if (d.validity() != null && d.validity().from() != null && d.validity().until() != null
        && d.validity().until().isBefore(d.validity().from())) {
      e.add("validity.until", "ends (" + d.validity().until() + ") before it starts (" + d.validity().from() + ")");
    }
    return e.list;
  }

  /** Throws when the record breaks the standard; returns it unchanged otherwise. */
  public <T extends Listing> T require(T listing) {
    List<FieldError> errors = listing instanceof Achievement a ? validate(a) : validate((Demand) listing);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return listing;
  }

  private void common(Errors e, Listing l) {
    if (l.id() == null || l.id().isEmpty()) {
      e.add("id", "is missing");
    } else if (!Limits.ID.matcher(l.id()).matches()) {
      e.add("id", "must be 1 to " + Limits.ID_MAX
          + " characters of letters, digits, '.', '_', ':' or '-', starting with a letter or digit");
    }
    if (l.title().isBlank()) {
      e.add("title", "is missing or blank");
    } else {
      e.maxLength("title", l.title(), Limits.TITLE_MAX);
    }
    e.maxLength("description", l.description(), Limits.DESCRIPTION_MAX);
    e.maxItems("industries", l.industries(), Limits.CODES_MAX);
    for (int i = 0; i < l.industries().size(); i++) {
      String code = l.industries().get(i);
      if (!industries.isKnownCode(code)) {
        e.add("industries[" + i + "]", "unknown GB/T 4754-2017 code '" + code
            + "'; use a section letter such as 'C' or a division such as 'C39'");
      }
    }
    e.noDuplicates("industries", l.industries());
    e.maxItems("technologyAreas", l.technologyAreas(), Limits.CODES_MAX);
    for (int i = 0; i < l.technologyAreas().size(); i++) {
      e.nonBlank("technologyAreas[" + i + "]", l.technologyAreas().get(i), Limits.AREA_MAX);
    }
    e.noDuplicates("cooperationModes", l.cooperationModes());
    if (l.region() != null) {
      e.nonBlank("region", l.region(), Limits.REGION_MAX);
    }
    if (l.owner() != null) {
      if (l.owner().id() == null || !Limits.ID.matcher(l.owner().id()).matches()) {
        e.add("owner.id", "is missing or not a valid id (letters, digits, '.', '_', ':' or '-')");
      }
      if (l.owner().name() != null) {
        e.maxLength("owner.name", l.owner().name(), Limits.NAME_MAX);
      }
    }
    e.maxItems("keywords", l.keywords(), Limits.KEYWORDS_MAX);
    for (int i = 0; i < l.keywords().size(); i++) {
      e.nonBlank("keywords[" + i + "]", l.keywords().get(i), Limits.KEYWORD_MAX);
    }
    if (l.source() != null) {
      if (l.source().name() == null || l.source().name().isBlank()) {
        e.add("source.name", "is missing or blank");
      } else {
        e.maxLength("source.name", l.source().name(), Limits.NAME_MAX);
      }
      String url = l.source().url();
      if (url != null && (url.length() > Limits.URL_MAX || !(url.startsWith("http://") || url.startsWith("https://")))) {
        e.add("source.url", "must be an http(s) URL of at most " + Limits.URL_MAX + " characters");
      }
    }
    if (l.createdAt() != null && l.updatedAt() != null && l.updatedAt().isBefore(l.createdAt())) {
      e.add("updatedAt", "is before createdAt");
    }
  }

  private static void price(Errors e, String field, PriceRange p) {
    if (p == null) {
      return;
    }
    if (p.minYuan() != null && (p.minYuan() < 0 || p.minYuan() > Limits.YUAN_MAX)) {
      e.add(field + ".minYuan", "must be between 0 and " + Limits.YUAN_MAX);
    }
    if (p.maxYuan() != null && (p.maxYuan() < 0 || p.maxYuan() > Limits.YUAN_MAX)) {
      e.add(field + ".maxYuan", "must be between 0 and " + Limits.YUAN_MAX);
    }
    if (p.minYuan() != null && p.maxYuan() != null && p.maxYuan() < p.minYuan()) {
      e.add(field + ".maxYuan", "is below minYuan (" + p.maxYuan() + " < " + p.minYuan() + ")");
    }
    if (!p.negotiable() && p.minYuan() == null && p.maxYuan() == null) {
      e.add(field, "needs minYuan, maxYuan or negotiable: true");
    }
  }

  private static void contact(Errors e, Contact c) {
    if (c == null) {
      return;
    }
    if (c.person() != null) {
      e.nonBlank("contact.person", c.person(), Limits.NAME_MAX);
    }
    if (c.phone() != null) {
      e.nonBlank("contact.phone", c.phone(), Limits.PHONE_MAX);
    }
    if (c.email() != null && (c.email().length() > Limits.EMAIL_MAX || !Limits.EMAIL.matcher(c.email()).matches())) {
      e.add("contact.email", "is not an e-mail address");
    }
  }

  private static final class Errors {
    final List<FieldError> list = new ArrayList<>();

    void add(String field, String problem) {
      list.add(new FieldError(field, problem));
    }

    void maxLength(String field, String value, int max) {
      int length = value.codePointCount(0, value.length());
      if (length > max) {
        add(field, "is " + length + " characters long; the limit is " + max);
      }
    }

    void nonBlank(String field, String value, int max) {
      if (value == null || value.isBlank()) {
        add(field, "is blank");
      } else {
        maxLength(field, value, max);
      }
    }

    void maxItems(String field, List<?> values, int max) {
      if (values.size() > max) {
        add(field, "has " + values.size() + " items; the limit is " + max);
      }
    }

    void noDuplicates(String field, List<?> values) {
      Set<Object> seen = new HashSet<>();
      for (Object v : values) {
        if (!seen.add(v)) {
          add(field, "lists '" + (v instanceof Coded c ? c.code() : v) + "' twice");
        }
      }
    }
  }
}
