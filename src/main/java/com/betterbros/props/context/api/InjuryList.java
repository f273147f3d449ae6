package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.context.core.Injury;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * Injury spells (schema {@code InjuryList}): the reply of {@code injuries}.
 */
@DataObject
public final class InjuryList implements JsonView {

  private final JsonObject json;

  public InjuryList(JsonObject json) {
    this.json = json;
  }

  public static InjuryList of(List<Injury> injuries) {
    return new InjuryList(new JsonObject()
        .put("items", new JsonArray(injuries.stream().map(i -> InjuryView.of(i).toJson()).toList()))
        .put("total", injuries.size()));
  }

  public List<InjuryView> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new InjuryView((JsonObject) o)).toList();
  }

  public int getTotal() {
    return json.getInteger("total");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
