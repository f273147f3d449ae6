package com.betterbros.props.cache.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * What a cache invalidation did (schema {@code CacheInvalidation}): the domain asked for, the
 * domains it covered, the key prefixes dropped, the answering node's cache kind ({@code redis} or
 * {@code in_process}) and how many of its entries went, whether the history snapshots were dropped,
 * and the event every node acted on.
 */
@DataObject
public final class CacheInvalidation implements JsonView {

  private final JsonObject json;

  public CacheInvalidation(JsonObject json) {
    this.json = json;
  }

  public String getDomain() {
    return json.getString("domain");
  }

  public JsonArray getInvalidated() {
    return json.getJsonArray("invalidated");
  }

  public JsonArray getPrefixes() {
    return json.getJsonArray("prefixes");
  }

  public String getCache() {
    return json.getString("cache");
  }

  public Long getEntriesDeleted() {
    return json.getLong("entries_deleted");
  }

  public Boolean getHistorySnapshots() {
    return json.getBoolean("history_snapshots");
  }

  public String getEvent() {
    return json.getString("event");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
