package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A saved scenario run now (schema {@code ScenarioRun}): the {@code scenario}, when it ran, and the
 * {@code result}, its kind's answer (a {@code ScenarioOutcome} or a {@code SensitivityReport}) as
 * free-form JSON.
 */
@DataObject
public final class ScenarioRun implements JsonView {

  private final JsonObject json;

  public ScenarioRun(JsonObject json) {
    this.json = json;
  }

  public SavedScenario getScenario() {
    JsonObject o = json.getJsonObject("scenario");
    return o == null ? null : new SavedScenario(o);
  }

  public String getRanAt() {
    return json.getString("ran_at");
  }

  /** The kind's answer, as its route returns it. */
  public JsonObject getResult() {
    return json.getJsonObject("result");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
