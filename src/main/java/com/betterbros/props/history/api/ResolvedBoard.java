package com.betterbros.props.history.api;

import com.betterbros.props.bus.JsonView;
import io.vertx.codegen.annotations.DataObject;
import io.vertx.core.json.JsonObject;

/**
 * A board's players and games tied to canonical ids (the reply of {@code resolveBoard}): each
 * player key to a player id, or null when unmatched (never a guess); each game key to a game
 * id; and how many players matched, how many distinct names stayed unmatched, the platform
 * links and the games it created.
 */
@DataObject
public final class ResolvedBoard implements JsonView {

  private final JsonObject json;

  public ResolvedBoard(JsonObject json) {
    this.json = json;
  }

  /** Board player key to player id, or null when unmatched. */
  public java.util.Map<String, String> getPlayers() {
    JsonObject o = json.getJsonObject("players");
    if (o == null) {
      return null;
    }
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : (String) e.getValue());
    }
    return out;
  }

  /** Board game key to game id. */
  public java.util.Map<String, String> getGames() {
    JsonObject o = json.getJsonObject("games");
    if (o == null) {
      return null;
    }
    java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
    for (java.util.Map.Entry<String, Object> e : o) {
      out.put(e.getKey(), e.getValue() == null ? null : (String) e.getValue());
    }
    return out;
  }

  public int getMatched() {
    return json.getInteger("matched");
  }

  /** Distinct unmatched names (the source's unmatched list). */
  public int getUnmatched() {
    return json.getInteger("unmatched");
  }

  /** Platform ids newly linked by a name match. */
  public int getLinksCreated() {
    return json.getInteger("links_created");
  }

  /** New scheduled games (venue unknown). */
  public int getGamesCreated() {
    return json.getInteger("games_created");
  }

  @Override
  public JsonObject toJson() {
    return json;
  }
}
