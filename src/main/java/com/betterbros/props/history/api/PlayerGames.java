package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of a player's games, newest first (schema {@code PlayerGames}): the reply of
 * {@code playerGames}.
 */
@DataObject
public final class PlayerGames implements JsonView {

  private final JsonObject json;

  public PlayerGames(JsonObject json) {
    this.json = json;
  }

  public PlayerView getPlayer() {
    JsonObject o = json.getJsonObject("player");
    return o == null ? null : new PlayerView(o);
  }

  public List<GameRow> getItems() {
    JsonArray a = json.getJsonArray("items");
    return a == null ? null : a.stream().map(o -> new GameRow((JsonObject) o)).toList();
  }

  /** The player's games in the date range, over all pages. */
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
