package com.betterbros.props.model.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * The slip of a {@link PredictRequest} whose breakeven each leg is judged against (schema
 * {@code SlipRequest}): a Power slip of {@code legs} (2 to 6) on {@code platform}.
 */
@DataObject
public final class SlipRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public SlipRequest() {
    this(new JsonObject());
  }

  public SlipRequest(JsonObject json) {
    this.json = json;
  }

  /** prizepicks or underdog; absent = each leg's own platform. */
  public SlipRequest setPlatform(String platform) {
    json.put("platform", platform);
    return this;
  }

  /** 2 to 6. */
  public SlipRequest setLegs(Integer legs) {
    json.put("legs", legs);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
