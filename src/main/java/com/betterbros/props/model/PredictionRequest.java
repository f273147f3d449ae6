package com.betterbros.props.model;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.model.core.PowerPayouts;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/** A validated predict body: prop ids or explicit legs, explain flag, slip size for the breakeven. */
record PredictionRequest(List<String> propIds, List<JsonObject> legs, boolean explain, String slipPlatform,
    int slipLegs) {

  static final int MAX_ITEMS = 10_000;
  static final int MAX_EXPLAINED = 1_000;

  static PredictionRequest parse(JsonObject body) {
    if (body == null) {
      throw Failures.badRequest("body", "a JSON body with prop_ids or props is required");
    }
    JsonArray ids = array(body, "prop_ids");
    JsonArray props = array(body, "props");
    if ((ids == null) == (props == null)) {
      throw Failures.badRequest("prop_ids", "give exactly one of prop_ids or props");
    }
    JsonArray items = ids != null ? ids : props;
    String field = ids != null ? "prop_ids" : "props";
    if (items.isEmpty() || items.size() > MAX_ITEMS) {
      throw Failures.badRequest(field, field + " must hold 1 to " + MAX_ITEMS + " items, got " + items.size());
    }
    List<String> propIds = new ArrayList<>();
    List<JsonObject> legs = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Object o = items.getValue(i);
      if (ids != null) {
        if (!(o instanceof String s) || s.isBlank()) {
          throw Failures.badRequest("prop_ids", "prop_ids[" + i + "] must be a prop id string");
        }
        propIds.add(s);
      } else {
        legs.add(leg(o, i));
      }
    }
    Object explain = body.getValue("explain", false);
    if (!(explain instanceof Boolean)) {
      throw Failures.badRequest("explain", "explain must be true or false");
    }
    if ((Boolean) explain && items.size() > MAX_EXPLAINED) {
      throw Failures.badRequest("explain", "explain is limited to " + MAX_EXPLAINED + " props per call (TreeSHAP "
          + "is ~0.2 ms a prop); got " + items.size());
    }
    JsonObject slip = body.getValue("slip") instanceof JsonObject s ? s : null;
    if (body.containsKey("slip") && slip == null) {
      throw Failures.badRequest("slip", "slip must be an object {platform, legs}");
    }
    String platform = slip == null ? null : slip.getString("platform");
    int slipLegs = slip == null ? 2 : slip.getValue("legs") instanceof Number n
        && n.doubleValue() == Math.rint(n.doubleValue()) ? n.intValue() : -1;
    if (slipLegs < 2 || slipLegs > 6) {
      throw Failures.badRequest("slip", "slip.legs must be a whole number from 2 to 6");
    }
    if (platform != null && !PowerPayouts.knows(platform)) {
      throw Failures.badRequest("slip", "slip.platform must be prizepicks or underdog, got '" + platform + "'");
    }
    return new PredictionRequest(propIds, legs, (Boolean) explain, platform, slipLegs);
  }

  private static JsonArray array(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v != null && !(v instanceof JsonArray)) {
      throw Failures.badRequest(field, field + " must be an array");
    }
    return (JsonArray) v;
  }

  private static JsonObject leg(Object o, int i) {
    if (!(o instanceof JsonObject leg)) {
      throw Failures.badRequest("props", "props[" + i + "] must be an object");
    }
    for (String key : new String[] {"player_id", "game_id", "stat_type"}) {
      if (!(leg.getValue(key) instanceof String s) || s.isBlank()) {
        throw Failures.badRequest("props", "props[" + i + "]." + key + " is required");
      }
    }
    if (!(leg.getValue("line") instanceof Number n) || !Double.isFinite(n.doubleValue()) || n.doubleValue() < 0) {
      throw Failures.badRequest("props", "props[" + i + "].line must be a non-negative number");
    }
    if (leg.getValue("team") != null && !(leg.getValue("team") instanceof String)) {
      throw Failures.badRequest("props", "props[" + i + "].team must be a team code string");
    }
    if (leg.getValue("platform") != null && !(leg.getValue("platform") instanceof String)) {
      throw Failures.badRequest("props", "props[" + i + "].platform must be prizepicks or underdog");
    }
    String platform = leg.getString("platform", "prizepicks");
    if (!PowerPayouts.knows(platform)) {
      throw Failures.badRequest("props", "props[" + i + "].platform must be prizepicks or underdog");
    }
    return leg;
  }
}
