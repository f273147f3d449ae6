package com.betterbros.props.features.core;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An immutable in-memory index of the history, for feature building. Every query about outcomes
 * (box scores, scores, pace) takes a date and sees only data strictly before it; injuries are
 * queried for a date they cover, since injury reports are known before tip-off. Inputs are sorted
 * into a fixed order first, so the same data in any order gives bit-identical features.
 */
public final class HistoryIndex {

  private static final Comparator<PlayerGameStat> ROW_ORDER = Comparator.comparing(PlayerGameStat::date)
      .thenComparing(PlayerGameStat::playerId);
  private static final Comparator<Game> GAME_ORDER = Comparator.comparing(Game::date).thenComparing(Game::id);

  private final Map<String, Player> players = new HashMap<>();
  private final Map<String, List<Player>> rosters = new HashMap<>();
  private final Map<String, Game> games = new HashMap<>();
  private final Map<String, List<Game>> finalsByTeam = new HashMap<>();
  private final Map<String, List<PlayerGameStat>> byPlayer = new HashMap<>();
  private final Map<String, List<PlayerGameStat>> byGame = new HashMap<>();
  private final Map<String, List<Injury>> injuriesByTeam = new HashMap<>();
  private final Map<String, List<Injury>> injuriesByPlayer = new HashMap<>();
  private final LeagueTotals league;

  private HistoryIndex(List<Game> gameList, List<PlayerGameStat> stats, List<Injury> injuries, List<Player> playerList) {
    List<Player> sortedPlayers = new ArrayList<>(playerList);
    sortedPlayers.sort(Comparator.comparing(Player::id));
    Map<String, String> positions = new HashMap<>();
    for (Player p : sortedPlayers) {
      players.put(p.id(), p);
      if (p.teamId() != null) {
        rosters.computeIfAbsent(p.teamId(), t -> new ArrayList<>()).add(p);
      }
      if (p.position() != null) {
        positions.put(p.id(), p.position());
      }
    }
    List<Game> sortedGames = new ArrayList<>(gameList);
    sortedGames.sort(GAME_ORDER);
    for (Game g : sortedGames) {
      games.put(g.id(), g);
      if (g.isFinal() && g.sidesKnown()) {
        finalsByTeam.computeIfAbsent(g.homeTeam(), t -> new ArrayList<>()).add(g);
        finalsByTeam.computeIfAbsent(g.awayTeam(), t -> new ArrayList<>()).add(g);
      }
    }
    List<PlayerGameStat> rows = new ArrayList<>(stats);
    rows.sort(ROW_ORDER);
    for (PlayerGameStat r : rows) {
      byPlayer.computeIfAbsent(r.playerId(), p -> new ArrayList<>()).add(r);
      if (r.gameId() != null && r.hasTeams()) {
        byGame.computeIfAbsent(r.gameId(), g -> new ArrayList<>()).add(r);
      }
    }
    List<Injury> spells = new ArrayList<>(injuries);
    spells.sort(Comparator.comparing(Injury::startDate).thenComparing(Injury::playerId));
    for (Injury i : spells) {
      injuriesByTeam.computeIfAbsent(i.teamId(), t -> new ArrayList<>()).add(i);
      injuriesByPlayer.computeIfAbsent(i.playerId(), p -> new ArrayList<>()).add(i);
    }
    league = LeagueTotals.of(rows, positions);
  }

  /** Indexes games (any status), box scores, injury spells and players (their current team). */
  public static HistoryIndex of(List<Game> games, List<PlayerGameStat> stats, List<Injury> injuries,
      List<Player> players) {
    return new HistoryIndex(games, stats, injuries, players);
  }

  /** The player, or null. */
  public Player player(String id) {
    return players.get(id);
  }

  /** The players whose current team is {@code teamId}, ordered by id. */
  public List<Player> roster(String teamId) {
    return List.copyOf(rosters.getOrDefault(teamId, List.of()));
  }

  /** The game's record, or null. Only its schedule fields (date, teams, rest) are pre-game facts. */
  public Game game(String id) {
    return games.get(id);
  }

  /** The player's box scores strictly before {@code before}, oldest first. */
  public List<PlayerGameStat> playerStatsBefore(String playerId, LocalDate before) {
    return before(byPlayer.get(playerId), PlayerGameStat::date, before);
  }

  /** The team's final games (with known sides) strictly before {@code before}, oldest first; none for a null team. */
  public List<Game> teamGamesBefore(String teamId, LocalDate before) {
    return teamId == null ? List.of() : before(finalsByTeam.get(teamId), Game::date, before);
  }

  /**
   * The box scores of one team in one game, or nothing when the game is not strictly before
   * {@code before} or either id is unknown.
   */
  public List<PlayerGameStat> teamRowsBefore(String gameId, String teamId, LocalDate before) {
    if (gameId == null || teamId == null) {
      return List.of();
    }
    List<PlayerGameStat> rows = byGame.getOrDefault(gameId, List.of());
    if (rows.isEmpty() || !rows.get(0).date().isBefore(before)) {
      return List.of();
    }
    return rows.stream().filter(r -> r.teamId().equals(teamId)).toList();
  }

  /**
   * The box scores of every player who faced {@code opponentId} in its last {@code lastGames} final
   * games strictly before {@code before} (for "stat allowed by the opponent").
   */
  public List<PlayerGameStat> allowedBefore(String opponentId, LocalDate before, int lastGames) {
    if (opponentId == null) {
      return List.of();
    }
    List<Game> played = teamGamesBefore(opponentId, before);
    List<PlayerGameStat> out = new ArrayList<>();
    for (Game g : played.subList(Math.max(0, played.size() - lastGames), played.size())) {
      for (PlayerGameStat r : byGame.getOrDefault(g.id(), List.of())) {
        if (opponentId.equals(r.opponentId())) {
          out.add(r);
        }
      }
    }
    return out;
  }

  /** The team's injury spells covering {@code date} (known before tip-off). */
  public List<Injury> injuriesOn(String teamId, LocalDate date) {
    return injuriesByTeam.getOrDefault(teamId, List.of()).stream().filter(i -> i.covers(date)).toList();
  }

  /** Whether the player has an injury spell covering {@code date}. */
  public boolean isOut(String playerId, LocalDate date) {
    for (Injury i : injuriesByPlayer.getOrDefault(playerId, List.of())) {
      if (i.covers(date)) {
        return true;
      }
    }
    return false;
  }

  /** League Σ stat / Σ minutes before {@code before}, for a position or null for all; NaN without minutes. */
  public double leagueRatePerMinute(String position, String statType, LocalDate before) {
    return league.ratePerMinute(position == null ? LeagueTotals.ALL : position,
        FeatureSet.requireSupported(statType), before);
  }

  /** The prefix of a list sorted by date holding the elements strictly before {@code before}. */
  private static <T> List<T> before(List<T> sorted, Function<T, LocalDate> date, LocalDate before) {
    if (sorted == null) {
      return List.of();
    }
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (date.apply(sorted.get(mid)).isBefore(before)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return java.util.Collections.unmodifiableList(sorted.subList(0, lo));
  }
}
