package com.betterbros.props.sim;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import java.util.ArrayList;
import java.util.List;

/** Converts simulated games into the domain records {@link Game} and {@link PlayerGameStat}. */
final class BoxScores {

  private BoxScores() {}

  static Game scheduledGame(GameSetup setup) {
    ScheduledGame f = setup.fixture();
    return new Game(f.id(), "NBA", f.date(), f.startTime(), f.homeId(), f.awayId(), f.homeRest(),
        f.awayRest(), null, null, null, "scheduled");
  }

  static Game finalGame(GameSimulator.Result r) {
    ScheduledGame f = r.setup().fixture();
    return new Game(f.id(), "NBA", f.date(), f.startTime(), f.homeId(), f.awayId(), f.homeRest(),
        f.awayRest(), r.home().score(), r.away().score(), Math.round(r.pace() * 10) / 10.0,
        "final");
  }

  /** One row per player who got on the floor (minutes above 0); DNPs have no row. */
  static List<PlayerGameStat> rows(GameSimulator.Result r) {
    List<PlayerGameStat> rows = new ArrayList<>();
    ScheduledGame f = r.setup().fixture();
    for (GameSimulator.Box b : List.of(r.home(), r.away())) {
      TeamSetup team = b.team();
      String opponent = team.home() ? f.awayId() : f.homeId();
      PlayerProfile[] players = team.plan().players;
      for (int i = 0; i < players.length; i++) {
        if (b.minutes()[i] <= 0) {
          continue;
        }
        double minutes = Math.max(0.1, Math.round(b.minutes()[i] * 10) / 10.0);
        rows.add(PlayerGameStat.of(players[i].id(), f.id(), team.id(), opponent, f.date(),
            team.home(), team.restDays(), minutes, b.points()[i], b.rebounds()[i],
            b.assists()[i], b.threes()[i], b.steals()[i], b.blocks()[i], b.turnovers()[i]));
      }
    }
    return rows;
  }
}
