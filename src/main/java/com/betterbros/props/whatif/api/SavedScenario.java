package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.whatif.core.Scenario;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** A saved scenario (schema {@code SavedScenario}): id, name, kind, request and when it was saved. */
@DataObject
public final class SavedScenario implements JsonView {

  private final JsonObject json;

  public SavedScenario(JsonObject json) {
    this.json = json;
  }

  /** The wire form of a stored scenario. */
  public static SavedScenario of(Scenario s) {
    return new SavedScenario(new JsonObject().put("id", s.id()).put("user_id", s.userId()).put("name", s.name()).put("kind", s.kind())
        .put("request", new JsonObject(s.request())).put("created_at", s.createdAt().toString()));
  }

  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  public String getName() {
    return json.getString("name");
  }

  public String getKind() {
    return json.getString("kind");
  }

  public JsonObject getRequest() {
    return json.getJsonObject("request");
  }

  public String getCreatedAt() {
    return json.getString("created_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
