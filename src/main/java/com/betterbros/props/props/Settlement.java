package com.betterbros.props.props;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerBoxes;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.StatFormulas;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropOutcome;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Settles started props against the box scores, the rules of the snapshot grader: the player's box
 * score of the prop's game (by game id, else by the game's US/Eastern date, as
 * {@link PlayerBoxes#find} looks it up) gives the actual stat ({@link StatFormulas#value}) and
 * over, under or push ({@link PropOutcome#of}); a final game without a box score of a player the
 * history knows is void (he did not play). A box score settles whatever the game's status says (a
 * game a board created stays "scheduled" when its box scores come from a game-log file, which names
 * no game). Everything else stays unsettled: no box score yet, a player unknown to the history, a
 * stat type or column the box score cannot grade, a prop that has not started at {@code at}. Pure code; it lives beside the
 * repositories, not in {@code props.core}, because it reads history's records (and history's core
 * already reads the platforms, which read props' core).
 */
final class Settlement {

  private Settlement() {}

  /** The outcome of every prop that settles, by prop id, in the props' order. */
  static Map<String, PropOutcome> settle(List<Prop> props, List<Game> games, List<PlayerGameStat> stats,
      Set<String> knownPlayers, Instant at) {
    Map<String, Game> byId = new HashMap<>();
    games.forEach(g -> byId.put(g.id(), g));
    PlayerBoxes boxes = PlayerBoxes.of(stats);
    Map<String, PropOutcome> out = new LinkedHashMap<>();
    for (Prop p : props) {
      if (p.startTime().isAfter(at)) {
        continue;
      }
      Game game = p.gameId() == null ? null : byId.get(p.gameId());
      LocalDate date = game != null ? game.date() : GameIds.easternDate(p.startTime());
      PlayerGameStat box = boxes.find(p.playerId(), p.gameId(), date);
      if (box == null) {
        if (game != null && game.isFinal() && knownPlayers.contains(p.playerId())) {
          out.put(p.id(), PropOutcome.voided(at));
        }
        continue;
      }
      if (!StatFormulas.STAT_TYPES.contains(p.statType())) {
        continue;
      }
      double actual = StatFormulas.value(box.box(), p.statType());
      if (!Double.isNaN(actual)) {
        out.put(p.id(), PropOutcome.of(actual, p.line(), at));
      }
    }
    return out;
  }
}
