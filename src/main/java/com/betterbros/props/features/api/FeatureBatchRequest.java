package com.betterbros.props.features.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The body of {@code compute} (schema {@code FeatureBatchRequest}): {@code items}, at most 1,000.
 * The features service validates it (400 {@code items} when it is not an array or too long); a
 * null request, or one without {@code items}, is a 400 on {@code items}.
 */
@DataObject
public final class FeatureBatchRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public FeatureBatchRequest() {
    this(new JsonObject());
  }

  public FeatureBatchRequest(JsonObject json) {
    this.json = json;
  }

  /** The items, in the order the reply answers them. */
  public FeatureBatchRequest setItems(List<FeatureItemView> items) {
    json.put("items", items == null ? null
        : new JsonArray(new java.util.ArrayList<>(items.stream().map(FeatureItemView::toJson).toList())));
    return this;
  }

  /** Appends one item (creating {@code items} when unset). */
  public FeatureBatchRequest addItem(FeatureItemView item) {
    if (!(json.getValue("items") instanceof JsonArray)) {
      json.put("items", new JsonArray());
    }
    json.getJsonArray("items").add(item.toJson());
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
