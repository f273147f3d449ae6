package com.betterbros.props.bus;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.function.Function;

/**
 * A page of a list reply: {@code {items: [...], total, limit, offset}} (plus whatever the reply
 * adds). Each page type gives its items their view; {@code total} counts the matches over all pages.
 */
public abstract class PageView implements JsonView {

  protected final JsonObject json;

  protected PageView(JsonObject json) {
    this.json = json;
  }

  /** The matches over all pages. */
  public long getTotal() {
    return json.getLong("total");
  }

  public int getLimit() {
    return json.getInteger("limit");
  }

  public int getOffset() {
    return json.getInteger("offset");
  }

  /** This page's items, each read through {@code view}. */
  protected <T> List<T> items(Function<JsonObject, T> view) {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> view.apply((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
