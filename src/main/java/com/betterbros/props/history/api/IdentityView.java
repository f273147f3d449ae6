package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.core.Identity;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One link of a player to an external id (an item of schema {@code PlayerIdentities}):
 * {@code source} is the id's namespace (nba, espn, prizepicks, underdog, or {platform}-name for a
 * manual alias by name, whose external_id is the name key).
 */
@DataObject
public final class IdentityView implements JsonView {

  private final JsonObject json;

  public IdentityView(JsonObject json) {
    this.json = json;
  }

  public static IdentityView of(Identity identity) {
    return new IdentityView(new JsonObject().put("source", identity.source())
        .put("external_id", identity.externalId()).put("method", identity.method())
        .put("created_at", identity.createdAt().toString()));
  }

  public String getSource() {
    return json.getString("source");
  }

  public String getExternalId() {
    return json.getString("external_id");
  }

  /** external_id, name, manual, created or team_date. */
  public String getMethod() {
    return json.getString("method");
  }

  /** ISO-8601 UTC. */
  public String getCreatedAt() {
    return json.getString("created_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
