package com.betterbros.props.model;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parsed form of cached prediction texts: a batch answered from the cache parsed each leg's
 * JSON text on every request (most of a cached {@code POST /model/predict}'s cost). Keyed by the
 * text itself, so an entry can never disagree with the cache: a changed or evicted prediction is
 * another text, and the same text always parses to the same object. At most {@code maxEntries}
 * texts, the least recently used dropped first. The objects are shared and must not be modified
 * (the bus copies or encodes a reply before anyone else sees it).
 */
final class ParsedPredictions {

  private final Map<String, JsonObject> parsed;

  ParsedPredictions(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be >= 1, got " + maxEntries);
    }
    this.parsed = new LinkedHashMap<>(256, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, JsonObject> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /** {@code text} parsed, from memory when it was parsed before. */
  JsonObject of(String text) {
    synchronized (parsed) {
      JsonObject known = parsed.get(text);
      if (known != null) {
        return known;
      }
    }
    JsonObject fresh = new JsonObject(text);
    synchronized (parsed) {
      parsed.put(text, fresh);
    }
    return fresh;
  }

  /** Entries kept (tests). */
  int size() {
    synchronized (parsed) {
      return parsed.size();
    }
  }
}
