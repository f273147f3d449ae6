package com.betterbros.props.features.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The reply of {@code compute} (schema {@code FeatureBatch}): one {@link Features} per requested item,
 * in request order.
 */
@DataObject
public final class FeatureBatch implements JsonView {

  private final JsonObject json;

  public FeatureBatch(JsonObject json) {
    this.json = json;
  }

  public List<Features> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new Features((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
