package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The query of {@code list} (the {@code GET /experiments} query string). Without {@code compare}
 * (or a null query) every experiment of the user is listed; with it, the ones it names (404 for an
 * id that is not the user's).
 */
@DataObject
public final class ExperimentListQuery implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public ExperimentListQuery() {
    this(new JsonObject());
  }

  public ExperimentListQuery(JsonObject json) {
    this.json = json;
  }

  /** A comma list of experiment ids. */
  public ExperimentListQuery setCompare(String compare) {
    json.put("compare", compare);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
