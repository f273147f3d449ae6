package com.betterbros.props.history.core;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The box score of a player in a game, looked up by the game's id, or else by the game's date: a
 * player plays once a day, and a board's game may be a placeholder whose id the box-score source
 * does not use (or the source names no game at all).
 */
public final class PlayerBoxes {

  private final Map<String, PlayerGameStat> byKey = new HashMap<>();

  private PlayerBoxes() {}

  public static PlayerBoxes of(List<PlayerGameStat> stats) {
    PlayerBoxes out = new PlayerBoxes();
    for (PlayerGameStat s : stats) {
      out.byKey.put(s.playerId() + "|" + s.date(), s);
      if (s.gameId() != null) {
        out.byKey.put(s.playerId() + "|" + s.gameId(), s);
      }
    }
    return out;
  }

  /** The player's box score of game {@code gameId} (may be null), else of {@code date} (may be null); or null. */
  public PlayerGameStat find(String playerId, String gameId, LocalDate date) {
    PlayerGameStat s = gameId == null ? null : byKey.get(playerId + "|" + gameId);
    return s != null || date == null ? s : byKey.get(playerId + "|" + date);
  }
}
