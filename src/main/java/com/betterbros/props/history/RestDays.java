package com.betterbros.props.history;

import com.betterbros.props.history.core.Game;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Rest days from the schedule: for each team, the full days off before each of its games since
 * its previous one (0 = back-to-back); a team's first game in the store has unknown rest.
 * Only games whose sides are known are rewritten. A recompute from a date reads the teams' games
 * from {@value #LOOKBACK_DAYS} days before it (the games before a touched one that decide its
 * rest), and leaves the first game of that window as it is.
 */
final class RestDays {

  static final int LOOKBACK_DAYS = 30;

  private RestDays() {}

  /**
   * Recomputes the rest days of the teams' games on or after {@code from} (null: all of them,
   * and the window's first game stays as stored) and saves the games that change.
   */
  static Future<Void> recompute(HistoryRepository history, Collection<String> teams, LocalDate from) {
    LocalDate since = from == null ? null : from.minusDays(LOOKBACK_DAYS);
    Future<Void> chain = Future.succeededFuture();
    for (String team : teams) {
      chain = chain.compose(v -> history.games(team, since, null)).compose(games -> {
        List<Game> changed = new ArrayList<>();
        LocalDate previous = null;
        for (Game g : games) {
          Integer rest = previous == null ? null
              : (int) Math.max(0, ChronoUnit.DAYS.between(previous, g.date()) - 1);
          previous = g.date();
          if (!g.sidesKnown()) {
            continue;
          }
          boolean home = g.homeTeam().equals(team);
          Integer stored = home ? g.homeRestDays() : g.awayRestDays();
          if (rest != null && !rest.equals(stored)) {
            changed.add(home ? g.withRestDays(rest, g.awayRestDays()) : g.withRestDays(g.homeRestDays(), rest));
          }
        }
        return history.saveGames(changed).mapEmpty();
      });
    }
    return chain;
  }
}
