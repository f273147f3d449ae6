package com.betterbros.props.props.api;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * One prop with its line history, oldest first (schema {@code PropDetail}).
 */
@DataObject
public class PropDetail extends PropView {

  public PropDetail(JsonObject json) {
    super(json);
  }

  /** The prop at {@code now} with its line points. */
  public static PropDetail of(Prop prop, List<LinePoint> history, Instant now) {
    return new PropDetail(json(prop, now).put("line_history",
        new JsonArray(history.stream().map(p -> LinePointView.of(p).toJson()).toList())));
  }

  public List<LinePointView> getLineHistory() {
    JsonArray a = json.getJsonArray("line_history");
    return a == null ? null : a.stream().map(o -> new LinePointView((JsonObject) o)).toList();
  }
}
