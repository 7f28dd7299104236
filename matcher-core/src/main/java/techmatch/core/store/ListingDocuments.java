package techmatch.core.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import techmatch.core.record.Achievement;
import techmatch.core.record.Coded;
import techmatch.core.record.Demand;
import techmatch.core.record.Listing;
import techmatch.core.record.PriceRange;
import techmatch.index.IndexDocument;

/** Turns a listing and its vector into the document the index stores, with every field filters and ranking read. */
public final class ListingDocuments {

  private final PayloadCodec payloads;

  public ListingDocuments(PayloadCodec payloads) {
    this.payloads = payloads;
  }

  public IndexDocument document(StoredListing stored, float[] vector) {
    Listing l = stored.listing();
    IndexDocument.Builder b = IndexDocument.builder(l.id())
        .text(ListingFields.titleField(l.language()), l.title())
        .text(ListingFields.bodyField(l.language()), l.description())
        .keywords(ListingFields.INDUSTRY, industryTerms(l.industries()))
        .keywords(ListingFields.AREA, areaTerms(l.technologyAreas()))
        .keywords(ListingFields.COOPERATION, l.cooperationModes().stream().map(Coded::code).toList())
        .keyword(ListingFields.LANGUAGE, l.language().code())
        .keyword(ListingFields.VISIBILITY, l.visibility().code())
        .vector(vector)
        .source(payloads.encode(stored));
    if (l.region() != null) {
      b.keywords(ListingFields.REGION, regionTerms(l.region()));
    }
    List<String> readers = new ArrayList<>();
    if (l.visibility() == techmatch.core.record.Visibility.PUBLIC) {
      readers.add(ListingFields.PUBLIC_READER);
    }
    if (l.owner() != null) {
      b.keyword(ListingFields.OWNER, l.owner().id());
      readers.add(ListingFields.ownerReader(l.owner().id()));
    }
    b.keywords(ListingFields.READERS, readers);
    if (l.source() != null) {
      b.keyword(ListingFields.SOURCE, l.source().name());
    }
    if (l instanceof Achievement a) {
      if (a.ipKind() != null) {
        b.keyword(ListingFields.IP_KIND, a.ipKind().code());
      }
      if (a.maturity() != null) {
        b.keyword(ListingFields.MATURITY, a.maturity().code()).longValue(ListingFields.MATURITY_LEVEL, a.maturity().level());
      }
      price(b, a.price());
    } else if (l instanceof Demand d) {
      price(b, d.budget());
      if (d.validity() != null) {
        if (d.validity().from() != null) {
          b.longValue(ListingFields.VALID_FROM, d.validity().from().toEpochDay());
        }
        if (d.validity().until() != null) {
          b.longValue(ListingFields.VALID_UNTIL, d.validity().until().toEpochDay());
        }
      }
    }
    return b.build();
  }

  private static void price(IndexDocument.Builder b, PriceRange p) {
    if (p == null) {
      return;
    }
    // An open end is stored as the widest value, so that a range filter treats it as unbounded.
    b.longValue(ListingFields.PRICE_MIN, p.minYuan() == null ? 0 : p.minYuan());
    b.longValue(ListingFields.PRICE_MAX, p.maxYuan() == null ? Long.MAX_VALUE : p.maxYuan());
  }

  /** Division codes also match a filter on their section: {@code C39} is indexed as {@code C39} and {@code C}. */
  static List<String> industryTerms(List<String> codes) {
    Set<String> terms = new LinkedHashSet<>();
    for (String c : codes) {
      terms.add(c);
      terms.add(c.substring(0, 1));
    }
    return new ArrayList<>(terms);
  }

  /** {@code 新材料/复合材料} is indexed as itself and as {@code 新材料}, so a filter on the broad area finds it. */
  static List<String> areaTerms(List<String> paths) {
    Set<String> terms = new LinkedHashSet<>();
    for (String p : paths) {
      String[] parts = p.split("/");
      StringBuilder prefix = new StringBuilder();
      for (String part : parts) {
        if (prefix.length() > 0) {
          prefix.append('/');
        }
        prefix.append(part.strip());
        terms.add(prefix.toString());
      }
    }
    return new ArrayList<>(terms);
  }

  /** {@code 浙江省杭州市} is indexed as itself and as {@code 浙江省}, so a province filter finds its cities. */
  static List<String> regionTerms(String region) {
    Set<String> terms = new LinkedHashSet<>();
    String r = region.strip();
    terms.add(r);
    for (String mark : List.of("自治区", "省", "市")) {
      int at = r.indexOf(mark);
      if (at > 0 && at + mark.length() < r.length()) {
        terms.add(r.substring(0, at + mark.length()));
        break;
      }
    }
    return new ArrayList<>(terms);
  }
}
