package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** A scenario to save: its {@code name}, {@code kind} (injury, lineup, sensitivity) and {@code request} (that route's body). */
@DataObject
public final class ScenarioDraft implements JsonView {

  private final JsonObject json;

  public ScenarioDraft() {
    this(new JsonObject());
  }

  public ScenarioDraft(JsonObject json) {
    this.json = json;
  }

  public ScenarioDraft setName(String name) {
    json.put("name", name);
    return this;
  }

  public ScenarioDraft setKind(String kind) {
    json.put("kind", kind);
    return this;
  }

  public ScenarioDraft setRequest(JsonObject request) {
    json.put("request", request);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
