package com.betterbros.props.context.api;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.history.api.RecentResult;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * A team's last ten final games, newest first, and their record (the {@code recent_form} of schema
 * {@code TeamContext}).
 */
@DataObject
public final class RecentForm implements JsonView {

  private final JsonObject json;

  public RecentForm(JsonObject json) {
    this.json = json;
  }

  public int getGames() {
    return json.getInteger("games");
  }

  public int getWins() {
    return json.getInteger("wins");
  }

  public int getLosses() {
    return json.getInteger("losses");
  }

  public List<RecentResult> getResults() {
    JsonArray a = json.getJsonArray("results");
    return a == null ? null : a.stream().map(o -> new RecentResult((JsonObject) o)).toList();
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
