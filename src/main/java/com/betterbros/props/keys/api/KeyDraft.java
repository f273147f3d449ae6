package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/** An access key to create: {@code name}, {@code scopes} ({@code read} or {@code all}) and an optional {@code expires_at} (ISO-8601 instant). */
@DataObject
public final class KeyDraft implements JsonView {

  private final JsonObject json;

  public KeyDraft() {
    this(new JsonObject());
  }

  public KeyDraft(JsonObject json) {
    this.json = json;
  }

  public String getName() {
    return json.getString("name");
  }

  public KeyDraft setName(String value) {
    json.put("name", value);
    return this;
  }

  public JsonArray getScopes() {
    return json.getJsonArray("scopes");
  }

  public KeyDraft setScopes(JsonArray value) {
    json.put("scopes", value);
    return this;
  }

  public String getExpiresAt() {
    return json.getString("expires_at");
  }

  public KeyDraft setExpiresAt(String value) {
    json.put("expires_at", value);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
