package com.betterbros.props.features.core;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One immutable view of the whole history (teams, players, games, box scores, injury spells) with
 * its {@link HistoryIndex} and lookups by id, shared by features, model, correlations and
 * training on a node. {@code version} is a fingerprint of the content (every field of every
 * record), so two nodes holding the same history agree on it and cache keys that carry it are
 * shared; any change of the history changes it.
 */
public record HistorySnapshot(
    String version,
    List<Team> teams,
    List<Player> players,
    List<Game> games,
    List<PlayerGameStat> stats,
    List<Injury> injuries,
    HistoryIndex index,
    Map<String, Game> gamesById,
    Map<String, Player> playersById) {

  /** Builds the index and lookups (CPU-bound: call on a worker thread). */
  public static HistorySnapshot of(List<Team> teams, List<Player> players, List<Game> games,
      List<PlayerGameStat> stats, List<Injury> injuries) {
    Map<String, Game> byGame = new HashMap<>();
    games.forEach(g -> byGame.put(g.id(), g));
    Map<String, Player> byPlayer = new HashMap<>();
    players.forEach(p -> byPlayer.put(p.id(), p));
    return new HistorySnapshot(fingerprint(teams, players, games, stats, injuries), List.copyOf(teams),
        List.copyOf(players), List.copyOf(games), List.copyOf(stats), List.copyOf(injuries),
        HistoryIndex.of(games, stats, injuries, players), Map.copyOf(byGame), Map.copyOf(byPlayer));
  }

  /**
   * A 64-bit FNV-1a-style mix of every record's hash, order-independent (a sum of per-record
   * mixes), as 16 hex digits prefixed with the counts for readability.
   */
  static String fingerprint(List<Team> teams, List<Player> players, List<Game> games, List<PlayerGameStat> stats,
      List<Injury> injuries) {
    long h = 0;
    for (Team t : teams) {
      h += mix(1, t.hashCode());
    }
    for (Player p : players) {
      h += mix(2, p.hashCode());
    }
    for (Game g : games) {
      h += mix(3, g.hashCode());
    }
    for (PlayerGameStat s : stats) {
      long box = 0;
      for (BoxStat c : BoxStat.values()) {
        box = box * 31 + Double.hashCode(s.box().get(c));
      }
      h += mix(4, Objects.hash(s.playerId(), s.gameId(), s.teamId(), s.opponentId(), s.date(), s.home(),
          s.restDays()) * 1_000_003L + box);
    }
    for (Injury i : injuries) {
      h += mix(5, i.hashCode());
    }
    return "h" + stats.size() + "-" + Long.toHexString(h);
  }

  private static long mix(long kind, long v) {
    long x = (v + kind * 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
    x ^= x >>> 31;
    x *= 0x94D049BB133111EBL;
    return x ^ (x >>> 29);
  }
}
