package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The reply of {@code list} (schema {@code ExperimentList}), newest first: the user's experiments,
 * or with a {@code compare} query exactly the experiments it names (the same shape: {@code total}
 * is then the number of ids compared).
 */
@DataObject
public final class ExperimentList implements JsonView {

  private final JsonObject json;

  public ExperimentList(JsonObject json) {
    this.json = json;
  }

  public List<ExperimentView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new ExperimentView((JsonObject) o)).toList();
  }

  /** Experiments listed. */
  public int getTotal() {
    return json.getInteger("total");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
