package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The body of {@code resolveBoard}: a board's players and games, by platform ({@code source},
 * required: 400 without it).
 */
@DataObject
public final class BoardRequest implements JsonView {

  private final JsonObject json;

  /** An empty request: every field unset. */
  public BoardRequest() {
    this(new JsonObject());
  }

  public BoardRequest(JsonObject json) {
    this.json = json;
  }

  public BoardRequest setPlayers(List<BoardPlayer> players) {
    json.put("players", players == null ? null
        : new JsonArray(new java.util.ArrayList<>(players.stream().map(BoardPlayer::toJson).toList())));
    return this;
  }

  public BoardRequest setGames(List<BoardGame> games) {
    json.put("games", games == null ? null
        : new JsonArray(new java.util.ArrayList<>(games.stream().map(BoardGame::toJson).toList())));
    return this;
  }

  /** The platform: prizepicks or underdog. */
  public BoardRequest setSource(String source) {
    json.put("source", source);
    return this;
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
