package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** A created access key (schema {@code NewAccessKey}): the only reply that carries the {@code key} itself. */
@DataObject
public final class NewAccessKey implements JsonView {

  private final JsonObject json;

  public NewAccessKey(JsonObject json) {
    this.json = json;
  }

  public String getId() {
    return json.getString("id");
  }

  /** The owner: the user id of whoever created it. */
  public String getUserId() {
    return json.getString("user_id");
  }

  public String getKey() {
    return json.getString("key");
  }

  public String getName() {
    return json.getString("name");
  }

  public String getPrefix() {
    return json.getString("prefix");
  }

  public JsonArray getScopes() {
    return json.getJsonArray("scopes");
  }

  public String getTier() {
    return json.getString("tier");
  }

  public String getCreatedAt() {
    return json.getString("created_at");
  }

  public String getExpiresAt() {
    return json.getString("expires_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
