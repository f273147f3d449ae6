package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.store.SaveCounts;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * What {@code saveInjuries} stored: the spells in the body ({@code saved}), and of them those new
 * to the store, those it changed and those it already held as given.
 */
@DataObject
public final class InjuriesSaved implements JsonView {

  private final JsonObject json;

  public InjuriesSaved(JsonObject json) {
    this.json = json;
  }

  public static InjuriesSaved of(int saved, SaveCounts counts) {
    return new InjuriesSaved(new JsonObject().put("saved", saved).put("inserted", counts.inserted())
        .put("updated", counts.updated()).put("unchanged", counts.unchanged()));
  }

  public int getSaved() {
    return json.getInteger("saved");
  }

  public int getInserted() {
    return json.getInteger("inserted");
  }

  public int getUpdated() {
    return json.getInteger("updated");
  }

  public int getUnchanged() {
    return json.getInteger("unchanged");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
