package com.betterbros.props.history.api;

import com.betterbros.props.bus.PageView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * One page of a player's games, newest first (schema {@code PlayerGames}): the reply of
 * {@code playerGames}.
 */
@DataObject
public final class PlayerGames extends PageView {

  public PlayerGames(JsonObject json) {
    super(json);
  }

  public PlayerView getPlayer() {
    JsonObject o = json.getJsonObject("player");
    return o == null ? null : new PlayerView(o);
  }

  public List<GameRow> getItems() {
    return items(GameRow::new);
  }
}
