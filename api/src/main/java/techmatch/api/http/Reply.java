package techmatch.api.http;

import java.util.Map;

/** A response made off the event loop (body already serialised), written back on it. */
record Reply(int status, String contentType, String body, Map<String, String> headers) {

  static final String JSON = "application/json; charset=utf-8";

  static Reply json(int status, String body) {
    return new Reply(status, JSON, body, Map.of());
  }

  static Reply noContent() {
    return new Reply(204, null, null, Map.of());
  }

  Reply withHeader(String name, String value) {
    Map<String, String> h = new java.util.LinkedHashMap<>(headers);
    h.put(name, value);
    return new Reply(status, contentType, body, h);
  }
}
