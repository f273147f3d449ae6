package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The body of {@code saveInjuries}: {injuries: [Injury]}, at most 5,000 spells, upserted by player
 * and start date. The context service checks every entry before storing any (400 naming the
 * field, e.g. {@code injuries[2].start_date}); {@code description} is optional.
 */
@DataObject
public final class InjuryBatch implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public InjuryBatch() {
    this(new JsonObject());
  }

  public InjuryBatch(JsonObject json) {
    this.json = json;
  }

  public InjuryBatch setInjuries(List<InjuryView> injuries) {
    json.put("injuries", injuries == null ? null
        : new JsonArray(new java.util.ArrayList<>(injuries.stream().map(InjuryView::toJson).toList())));
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
