package com.betterbros.props.props.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * What {@code refresh} imported (schema {@code RefreshResult}): one summary per platform fetched.
 */
@DataObject
public final class RefreshResult implements JsonView {

  private final JsonObject json;

  public RefreshResult(JsonObject json) {
    this.json = json;
  }

  public List<ImportSummary> getResults() {
    JsonArray a = json.getJsonArray("results");
    return a == null ? null : a.stream().map(o -> new ImportSummary((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
