package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/** A provider credential to store: {@code provider}, {@code name} and the {@code secret} (sealed at once, never returned). */
@DataObject
public final class ProviderDraft implements JsonView {

  private final JsonObject json;

  public ProviderDraft() {
    this(new JsonObject());
  }

  public ProviderDraft(JsonObject json) {
    this.json = json;
  }

  public String getProvider() {
    return json.getString("provider");
  }

  public ProviderDraft setProvider(String value) {
    json.put("provider", value);
    return this;
  }

  public String getName() {
    return json.getString("name");
  }

  public ProviderDraft setName(String value) {
    json.put("name", value);
    return this;
  }

  public String getSecret() {
    return json.getString("secret");
  }

  public ProviderDraft setSecret(String value) {
    json.put("secret", value);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
