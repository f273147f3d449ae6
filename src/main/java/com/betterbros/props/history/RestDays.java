package com.betterbros.props.history;

import io.vertx.core.Future;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Rest days from the schedule: for each team, the full days off before each of its games since
 * its previous one (0 = back-to-back); a team's first game in the store has unknown rest.
 * Only games whose sides are known are rewritten.
 */
final class RestDays {

  private RestDays() {}

  /** Recomputes the rest days of every game of the teams and saves the games that change. */
  static Future<Void> recompute(HistoryRepository history, Collection<String> teams) {
    Future<Void> chain = Future.succeededFuture();
    for (String team : teams) {
      chain = chain.compose(v -> history.games(team, null, null)).compose(games -> {
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
            changed.add(new Game(g.id(), g.sport(), g.date(), g.startTime(), g.homeTeam(), g.awayTeam(),
                home ? rest : g.homeRestDays(), home ? g.awayRestDays() : rest, g.homeScore(), g.awayScore(),
                g.pace(), g.status(), true));
          }
        }
        return history.saveGames(changed).mapEmpty();
      });
    }
    return chain;
  }
}
