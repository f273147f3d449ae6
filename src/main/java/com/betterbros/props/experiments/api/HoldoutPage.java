package com.betterbros.props.experiments.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of an experiment's holdout predictions (schema {@code HoldoutPage}).
 */
@DataObject
public final class HoldoutPage implements JsonView {

  private final JsonObject json;

  public HoldoutPage(JsonObject json) {
    this.json = json;
  }

  public static HoldoutPage of(Page<HoldoutRow> page) {
    return new HoldoutPage(page.toJson(r -> HoldoutRowView.of(r).toJson()));
  }

  public List<HoldoutRowView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new HoldoutRowView((JsonObject) o)).toList();
  }

  /** Holdout rows of the experiment, over all pages. */
  public long getTotal() {
    return json.getLong("total");
  }

  public int getLimit() {
    return json.getInteger("limit");
  }

  public int getOffset() {
    return json.getInteger("offset");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
