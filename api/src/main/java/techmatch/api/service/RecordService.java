package techmatch.api.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import techmatch.api.auth.AccessPolicy;
import techmatch.api.auth.Caller;
import techmatch.core.json.RecordJson;
import techmatch.core.record.Achievement;
import techmatch.core.record.Demand;
import techmatch.core.record.FieldError;
import techmatch.core.record.Listing;
import techmatch.core.record.Owner;
import techmatch.core.record.ValidationException;
import techmatch.core.service.MatcherHome;
import techmatch.core.store.ListingCollection;
import techmatch.core.store.ListingFields;
import techmatch.core.store.Progress;
import techmatch.core.store.StoredListing;
import techmatch.index.SearchFilter;

/**
 * Creating, reading, replacing, deleting and listing records with the access rules applied, and bulk imports. Writes
 * to one collection are serialised (check, then write) so that two creates of one id cannot both succeed; every write
 * is durable when the method returns. Blocking: call it from a worker thread.
 */
public final class RecordService {

  /** Stored per upsertAll call in a bulk import; each chunk is one durable commit. */
  private static final int BULK_CHUNK = 256;

  private final MatcherHome home;
  private final RecordJson json;
  private final AccessPolicy policy;
  private final Clock clock;
  private final SecureRandom random;
  private final Map<RecordKind, ReentrantLock> writeLocks = new EnumMap<>(RecordKind.class);
  private final MatchCache matches;
  private final RecordListener listener;

  /** {@code matches} is invalidated by every write, so no ranked page outlives the data it was ranked on. */
  public RecordService(MatcherHome home, AccessPolicy policy, Clock clock, SecureRandom random, MatchCache matches) {
    this(home, policy, clock, random, matches, RecordListener.NONE);
  }

  /** {@code listener} hears of every record created or replaced, after it is stored. */
  public RecordService(MatcherHome home, AccessPolicy policy, Clock clock, SecureRandom random, MatchCache matches,
      RecordListener listener) {
    this.listener = listener;
    this.home = home;
    this.matches = matches;
    this.json = home.json();
    this.policy = policy;
    this.clock = clock;
    this.random = random;
    for (RecordKind k : RecordKind.values()) {
      writeLocks.put(k, new ReentrantLock());
    }
  }

  public RecordJson json() {
    return json;
  }

  public ListingCollection collection(RecordKind kind) {
    return kind == RecordKind.ACHIEVEMENT ? home.achievements() : home.demands();
  }

  /** The record, when the caller may read it; otherwise 404 whether or not it exists. */
  public StoredListing get(Caller caller, RecordKind kind, String id) throws IOException {
    Optional<StoredListing> stored = collection(kind).get(id);
    if (stored.isEmpty() || !policy.canRead(caller, stored.get().listing())) {
      throw ApiException.notFound(kind.singular() + " " + id);
    }
    return stored.get();
  }

  /** Stores a new record from its JSON; an absent id is generated. 409 when the id is taken. */
  public Listing create(Caller caller, RecordKind kind, JsonNode body) throws IOException {
    if (body instanceof ObjectNode o && (o.get("id") == null || o.get("id").isNull())) {
      o.put("id", newId(kind));
    }
    Listing parsed = read(kind, body);
    Owner owner = policy.ownerFor(caller, kind, parsed.owner());
    Instant now = now();
    Listing listing = stamped(parsed, owner, now, now);
    ReentrantLock lock = writeLocks.get(kind);
    lock.lock();
    try {
      if (collection(kind).contains(listing.id())) {
        throw ApiException.conflict(kind.singular() + " " + listing.id() + " already exists; PUT replaces it");
      }
      collection(kind).upsert(listing);
    } finally {
      matches.invalidate();
      lock.unlock();
    }
    listener.created(caller, kind, List.of(listing));
    return listing;
  }

  /** Replaces a stored record; its creation time is kept. 404 when missing or not visible, 403 when not the owner's. */
  public Listing replace(Caller caller, RecordKind kind, String id, JsonNode body) throws IOException {
    if (body instanceof ObjectNode o) {
      JsonNode given = o.get("id");
      if (given == null || given.isNull()) {
        o.put("id", id);
      } else if (given.isTextual() && !given.textValue().equals(id)) {
        throw ApiException.badRequest("id", "is '" + given.textValue() + "' but the path names '" + id
            + "'; an id cannot be changed");
      }
    }
    Listing parsed = read(kind, body);
    ReentrantLock lock = writeLocks.get(kind);
    lock.lock();
    try {
      Listing existing = get(caller, kind, id).listing();
      policy.requireWritable(caller, existing);
      Owner owner = caller.isAdmin() && parsed.owner() == null ? existing.owner()
          : policy.ownerFor(caller, kind, parsed.owner() == null ? existing.owner() : parsed.owner());
      Instant created = existing.createdAt() != null ? existing.createdAt() : now();
      Listing listing = stamped(parsed, owner, created, later(now(), created));
      collection(kind).upsert(listing);
      listener.replaced(caller, kind, listing);
      return listing;
    } finally {
      matches.invalidate();
      lock.unlock();
    }
  }

  public void delete(Caller caller, RecordKind kind, String id) throws IOException {
    ReentrantLock lock = writeLocks.get(kind);
    lock.lock();
    try {
      Listing existing = get(caller, kind, id).listing();
      policy.requireWritable(caller, existing);
      collection(kind).delete(id);
    } finally {
      matches.invalidate();
      lock.unlock();
    }
  }

  /**
   * The caller's own records (admin: every record, or those of {@code owner} when given), {@code size} per page.
   */
  public RecordPage list(Caller caller, RecordKind kind, String owner, int page, int size) throws IOException {
    String listed = caller.isAdmin() ? owner : policy.listedOwner(caller);
    List<String> ids;
    if (listed == null && !caller.isAdmin()) {
      ids = List.of();
    } else {
      SearchFilter filter = listed == null ? SearchFilter.none() : SearchFilter.none().anyOf(ListingFields.OWNER, listed);
      ids = collection(kind).index().ids(filter);
    }
    long fromLong = (long) page * size;
    int from = (int) Math.min(ids.size(), fromLong);
    int to = Math.min(ids.size(), from + size);
    List<Listing> items = new ArrayList<>();
    for (StoredListing s : collection(kind).getAll(ids.subList(from, to)).values()) {
      items.add(s.listing());
    }
    return new RecordPage(items, page, size, ids.size(), to < ids.size());
  }

  /**
   * Imports an NDJSON body: each non-blank line one record. Lines that are valid, allowed and not repeated are
   * created or replaced; the others are rejected with their problems and store nothing.
   */
  public BulkReport bulk(Caller caller, RecordKind kind, byte[] body) throws IOException {
    List<BulkReport.Line> lines = new ArrayList<>();
    Map<String, Integer> good = new HashMap<>();
    List<Listing> toStore = new ArrayList<>();
    int read = 0;
    ReentrantLock lock = writeLocks.get(kind);
    lock.lock();
    try {
      int start = 0;
      long number = 0;
      while (start <= body.length) {
        int end = indexOf(body, (byte) '\n', start);
        int stop = end < 0 ? body.length : end;
        number++;
        int len = stop - start;
        if (len > 0 && body[stop - 1] == '\r') {
          len--;
        }
        byte[] lineBytes = java.util.Arrays.copyOfRange(body, start, start + len);
        start = stop + 1;
        String text;
        try {
          text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(lineBytes)).toString();
        } catch (CharacterCodingException e) {
          read++;
          lines.add(rejected(number, null, new FieldError("$", "the line is not valid UTF-8")));
          continue;
        }
        if (text.isBlank()) {
          if (end < 0) {
            break;
          }
          continue;
        }
        read++;
        BulkReport.Line outcome = bulkLine(caller, kind, number, text, good, toStore);
        lines.add(outcome);
        if (end < 0) {
          break;
        }
      }
      if (read == 0) {
        throw ApiException.badRequest("$", "the body holds no records; send one JSON record per line (NDJSON)");
      }
      for (int i = 0; i < toStore.size(); i += BULK_CHUNK) {
        collection(kind).upsertAll(toStore.subList(i, Math.min(toStore.size(), i + BULK_CHUNK)), Progress.NONE);
      }
    } finally {
      matches.invalidate();
      lock.unlock();
    }
    java.util.Set<String> createdIds = new java.util.HashSet<>();
    java.util.Set<String> replacedIds = new java.util.HashSet<>();
    for (BulkReport.Line l : lines) {
      if (l.status() == BulkReport.Status.CREATED) {
        createdIds.add(l.id());
      } else if (l.status() == BulkReport.Status.REPLACED) {
        replacedIds.add(l.id());
      }
    }
    List<Listing> createdListings = toStore.stream().filter(l -> createdIds.contains(l.id())).toList();
    if (!createdListings.isEmpty()) {
      listener.created(caller, kind, createdListings);
    }
    for (Listing l : toStore) {
      if (replacedIds.contains(l.id())) {
        listener.replaced(caller, kind, l);
      }
    }
    int created = (int) lines.stream().filter(l -> l.status() == BulkReport.Status.CREATED).count();
    int replaced = (int) lines.stream().filter(l -> l.status() == BulkReport.Status.REPLACED).count();
    return new BulkReport(read, created, replaced, read - created - replaced, lines);
  }

  private BulkReport.Line bulkLine(Caller caller, RecordKind kind, long number, String text, Map<String, Integer> good,
      List<Listing> toStore) throws IOException {
    JsonNode node;
    try {
      node = json.parse(text);
    } catch (ValidationException e) {
      return new BulkReport.Line(number, null, BulkReport.Status.REJECTED, e.errors());
    }
    String id = node.path("id").isTextual() ? node.get("id").textValue() : null;
    Listing parsed;
    try {
      parsed = read(kind, node);
    } catch (ApiException e) {
      return new BulkReport.Line(number, id, BulkReport.Status.REJECTED, e.errors());
    }
    Integer earlier = good.get(parsed.id());
    if (earlier != null) {
      return rejected(number, parsed.id(), new FieldError("id", "repeats line " + earlier + " of this body"));
    }
    Owner owner;
    try {
      owner = policy.ownerFor(caller, kind, parsed.owner());
    } catch (ApiException e) {
      return rejected(number, parsed.id(), new FieldError("owner.id", e.getMessage()));
    }
    Instant now = now();
    Optional<StoredListing> existing = collection(kind).get(parsed.id());
    BulkReport.Status status = BulkReport.Status.CREATED;
    Instant created = now;
    if (existing.isPresent()) {
      Listing old = existing.get().listing();
      try {
        if (!policy.canRead(caller, old)) {
          throw ApiException.forbidden("not yours");
        }
        policy.requireWritable(caller, old);
      } catch (ApiException e) {
        return rejected(number, parsed.id(), new FieldError("id", "is already used by a record this key cannot change"));
      }
      status = BulkReport.Status.REPLACED;
      created = old.createdAt() != null ? old.createdAt() : now;
    }
    good.put(parsed.id(), (int) number);
    toStore.add(stamped(parsed, owner, created, later(now, created)));
    return new BulkReport.Line(number, parsed.id(), status, List.of());
  }

  private static BulkReport.Line rejected(long number, String id, FieldError error) {
    return new BulkReport.Line(number, id, BulkReport.Status.REJECTED, List.of(error));
  }

  private static int indexOf(byte[] bytes, byte b, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** Reads a record of {@code kind}, turning the reader's field errors into a 400. */
  public Listing read(RecordKind kind, JsonNode body) {
    try {
      return kind == RecordKind.ACHIEVEMENT ? json.readAchievement(body) : json.readDemand(body);
    } catch (ValidationException e) {
      throw ApiException.invalid(e.errors());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isBefore(b) ? b : a;
  }

  private static Listing stamped(Listing l, Owner owner, Instant created, Instant updated) {
    if (l instanceof Achievement a) {
      return a.withOwner(owner).withTimestamps(created, updated);
    }
    return ((Demand) l).withOwner(owner).withTimestamps(created, updated);
  }

  private String newId(RecordKind kind) {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return (kind == RecordKind.ACHIEVEMENT ? "a-" : "d-") + HexFormat.of().formatHex(b);
  }
}
