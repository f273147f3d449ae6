package com.betterbros.props.store;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, the total number matching, and the window asked for. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

  public JsonObject toJson(Function<T, JsonObject> item) {
    JsonArray array = new JsonArray();
    items.forEach(t -> array.add(item.apply(t)));
    return new JsonObject()
        .put("items", array)
        .put("total", total)
        .put("limit", limit)
        .put("offset", offset);
  }
}
