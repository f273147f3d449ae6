package com.betterbros.props.keys.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** The caller's provider credentials, newest first (schema {@code ProviderList}); never a secret. */
@DataObject
public final class ProviderList implements JsonView {

  private final JsonObject json;

  public ProviderList(JsonObject json) {
    this.json = json;
  }

  /** A list of {@code items}. */
  public static ProviderList of(List<ProviderCredential> items) {
    JsonArray array = new JsonArray();
    items.forEach(i -> array.add(i.toJson()));
    return new ProviderList(new JsonObject().put("items", array));
  }

  public List<ProviderCredential> getItems() {
    return json.getJsonArray("items").stream().map(o -> new ProviderCredential((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
