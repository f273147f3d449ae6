package com.betterbros.props.features.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * One player's features for a game (schema {@code Features}), the reply of {@code forPlayer} and an
 * item of {@code compute}: computed from data strictly before the game's date. {@code line} and
 * {@code line_source} are null when no line was given and no prop is posted; a feature that cannot
 * be computed is null in {@code features}, never a made-up default.
 */
@DataObject
public final class Features implements JsonView {

  private final JsonObject json;

  public Features(JsonObject json) {
    this.json = json;
  }

  public String getPlayerId() {
    return json.getString("player_id");
  }

  public String getGameId() {
    return json.getString("game_id");
  }

  /** Lower-cased. */
  public String getStatType() {
    return json.getString("stat_type");
  }

  /** The request's line, else the posted prop's, else null. */
  public Double getLine() {
    return json.getDouble("line");
  }

  /** request, prop, or null when there is no line. */
  public String getLineSource() {
    return json.getString("line_source");
  }

  /** The feature set the values follow (FeatureSet.VERSION). */
  public String getFeatureSetVersion() {
    return json.getString("feature_set_version");
  }

  /** Feature name to value, in the feature set's order; a value is null when the feature is missing (the line-relative ones without a line). */
  public java.util.Map<String, Double> getFeatures() {
    JsonObject o = json.getJsonObject("features");
    if (o == null) {
      return null;
    }
    java.util.Map<String, Double> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : ((Number) e.getValue()).doubleValue());
    }
    return out;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
