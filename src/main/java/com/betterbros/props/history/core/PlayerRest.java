package com.betterbros.props.history.core;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A player's days of rest before each of his games where the source did not record them (CSV
 * imports and ESPN syncs store none): the full days since his previous box score (0 = a back to
 * back). His first box score, and one after more than {@value #OFF_SEASON_DAYS} days without a
 * game (an off-season), stay unknown.
 */
public final class PlayerRest {

  static final int OFF_SEASON_DAYS = 90;

  private PlayerRest() {}

  /** The player's box scores, oldest first, each with its rest days known or derived. */
  public static List<PlayerGameStat> fill(List<PlayerGameStat> games) {
    List<PlayerGameStat> sorted = new ArrayList<>(games);
    sorted.sort(Comparator.comparing(PlayerGameStat::date));
    List<PlayerGameStat> out = new ArrayList<>(sorted.size());
    LocalDate previous = null;
    for (PlayerGameStat g : sorted) {
      Integer rest = g.restDays();
      if (rest == null && previous != null) {
        long gap = ChronoUnit.DAYS.between(previous, g.date());
        rest = gap > OFF_SEASON_DAYS ? null : (int) Math.max(0, gap - 1);
      }
      out.add(rest == g.restDays() ? g
          : new PlayerGameStat(g.playerId(), g.gameId(), g.teamId(), g.opponentId(), g.date(), g.home(), rest, g.box()));
      previous = g.date();
    }
    return out;
  }
}
