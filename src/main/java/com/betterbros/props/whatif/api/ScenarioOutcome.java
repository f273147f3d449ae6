package com.betterbros.props.whatif.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A scenario re-priced (schema {@code ScenarioOutcome}): its {@code kind} (injury, lineup), the
 * {@code games}, what happened to each named player ({@code players}), every affected prop before
 * and after ({@code props}), the best slip of the affected board before and after ({@code slips}
 * {before, after, board}), the model and the shrinkage constant used, and {@code notes}.
 */
@DataObject
public final class ScenarioOutcome implements JsonView {

  private final JsonObject json;

  public ScenarioOutcome(JsonObject json) {
    this.json = json;
  }

  public String getKind() {
    return json.getString("kind");
  }

  public JsonArray getGames() {
    return json.getJsonArray("games");
  }

  public List<PlayerEffect> getPlayers() {
    JsonArray a = json.getJsonArray("players");
    return a == null ? null : a.stream().map(o -> new PlayerEffect((JsonObject) o)).toList();
  }

  public List<RepricedProp> getProps() {
    JsonArray a = json.getJsonArray("props");
    return a == null ? null : a.stream().map(o -> new RepricedProp((JsonObject) o)).toList();
  }

  /** {before, after, board, size, payout, note?}: {@code optimize.service parlays} replies. */
  public JsonObject getSlips() {
    return json.getJsonObject("slips");
  }

  public String getModelVersion() {
    return json.getString("model_version");
  }

  /** k of the shrinkage n / (n + k). */
  public double getShrinkageGames() {
    return json.getDouble("shrinkage_games");
  }

  public JsonArray getNotes() {
    return json.getJsonArray("notes");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
