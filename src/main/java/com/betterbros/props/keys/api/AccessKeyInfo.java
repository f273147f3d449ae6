package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** An access key as listed (schema {@code AccessKeyInfo}): its first characters, never the key. */
@DataObject
public final class AccessKeyInfo implements JsonView {

  private final JsonObject json;

  public AccessKeyInfo(JsonObject json) {
    this.json = json;
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

  public String getLastUsedAt() {
    return json.getString("last_used_at");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
