package com.betterbros.props.props.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.store.Page;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of props (schema {@code PropPage}), ordered by start time, then id.
 */
@DataObject
public final class PropPage implements JsonView {

  private final JsonObject json;

  public PropPage(JsonObject json) {
    this.json = json;
  }

  public static PropPage of(Page<Prop> page) {
    return new PropPage(page.toJson(p -> PropView.of(p).toJson()));
  }

  public List<PropView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new PropView((JsonObject) o)).toList();
  }

  /** Props matching the query, over all pages. */
  public int getTotal() {
    return json.getInteger("total");
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
