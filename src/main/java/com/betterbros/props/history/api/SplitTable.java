package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A player's averages split every way (the {@code splits} of schema {@code PlayerSplits}):
 * overall, home, away, one {@code last_N} per requested window ({@link #getLast}), by days of
 * rest ("0", "1", "2+") and by opponent team id. A game without venue or rest is in none of those
 * splits.
 */
@DataObject
public final class SplitTable implements JsonView {

  private final JsonObject json;

  public SplitTable(JsonObject json) {
    this.json = json;
  }

  /** The averages over the player's last {@code n} games, or null when that window was not asked for. */
  public StatAverages getLast(int n) {
    JsonObject o = json.getJsonObject("last_" + n);
    return o == null ? null : new StatAverages(o);
  }

  public StatAverages getOverall() {
    JsonObject o = json.getJsonObject("overall");
    return o == null ? null : new StatAverages(o);
  }

  public StatAverages getHome() {
    JsonObject o = json.getJsonObject("home");
    return o == null ? null : new StatAverages(o);
  }

  public StatAverages getAway() {
    JsonObject o = json.getJsonObject("away");
    return o == null ? null : new StatAverages(o);
  }

  /** Keyed 0, 1 and 2+. */
  public java.util.Map<String, StatAverages> getByRestDays() {
    JsonObject o = json.getJsonObject("by_rest_days");
    if (o == null) {
      return null;
    }
    java.util.Map<String, StatAverages> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : new StatAverages((JsonObject) e.getValue()));
    }
    return out;
  }

  /** Keyed by opponent team id, alphabetical. */
  public java.util.Map<String, StatAverages> getByOpponent() {
    JsonObject o = json.getJsonObject("by_opponent");
    if (o == null) {
      return null;
    }
    java.util.Map<String, StatAverages> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : new StatAverages((JsonObject) e.getValue()));
    }
    return out;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
