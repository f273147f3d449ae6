package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The body of {@code predict} (schema {@code PredictRequest}): exactly one of {@code prop_ids} and
 * {@code props} (1 to 10,000 items, 1,000 with {@code explain}), optional {@code explain} and
 * {@code slip}. The model service validates it (400 naming {@code body}, {@code prop_ids},
 * {@code props}, {@code explain} or {@code slip}); a null request is a 400 on {@code body}. Setting
 * {@code explain} or {@code slip} to null unsets it.
 */
@DataObject
public final class PredictRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public PredictRequest() {
    this(new JsonObject());
  }

  public PredictRequest(JsonObject json) {
    this.json = json;
  }

  /** Explicit legs, priced as standard lines. */
  public PredictRequest setProps(List<PredictLeg> props) {
    json.put("props", props == null ? null
        : new JsonArray(new java.util.ArrayList<>(props.stream().map(PredictLeg::toJson).toList())));
    return this;
  }

  /** Add each leg's five largest feature contributions (bypasses the cache); null unsets it (false). */
  public PredictRequest setExplain(Boolean explain) {
    if (explain == null) {
      json.remove("explain");
    } else {
      json.put("explain", explain);
    }
    return this;
  }

  /** The slip each leg is judged against; null unsets it (each leg's platform, 2 legs). */
  public PredictRequest setSlip(SlipRequest slip) {
    if (slip == null) {
      json.remove("slip");
    } else {
      json.put("slip", slip.toJson());
    }
    return this;
  }

  /** Prop ids, {platform}:{external id}. */
  public PredictRequest setPropIds(List<String> propIds) {
    json.put("prop_ids", propIds == null ? null : new JsonArray(propIds));
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
