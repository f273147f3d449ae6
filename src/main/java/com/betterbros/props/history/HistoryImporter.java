package com.betterbros.props.history;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.GameLogColumns;
import com.betterbros.props.history.core.GameLogParser;
import com.betterbros.props.history.core.GameLogReader;
import com.betterbros.props.history.core.GameLogRow;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerDirectory;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.identity.TeamCodes;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Imports a game-log file chunk by chunk: the worker thread decodes and parses {@value #CHUNK}
 * lines, then their players are resolved ({@link PlayerDirectory}, source "nba"), their games
 * found (the team's game on that date, else a new final game with the canonical id) and the box
 * scores merged into the store. Lines with a bad cell are skipped and reported; nothing stored is
 * lost (saves merge). At the end the rest days of every touched team's games are recomputed.
 */
final class HistoryImporter {

  static final int CHUNK = 5_000;
  static final String SOURCE = "nba";

  private final HistoryRepository history;
  private final IdentityRepository identities;
  private final WorkerExecutor workers;

  HistoryImporter(HistoryRepository history, IdentityRepository identities, WorkerExecutor workers) {
    this.history = history;
    this.identities = identities;
    this.workers = workers;
  }

  /** Runs the import to its end; {@code progress} receives 0..99. */
  Future<ImportTally> run(GameLogReader reader, IntConsumer progress) {
    ImportTally tally = new ImportTally();
    Set<String> touchedTeams = new HashSet<>();
    return Future.all(history.players(), identities.all(Identity.PLAYER, SOURCE), identities.linked(Identity.PLAYER),
            history.teams())
        .compose(all -> {
          PlayerDirectory players = new PlayerDirectory(SOURCE, all.resultAt(0), all.resultAt(1), all.resultAt(2));
          Set<String> teams = new HashSet<>();
          List<Team> stored = all.resultAt(3);
          stored.forEach(t -> teams.add(t.id()));
          return loop(reader, players, teams, tally, touchedTeams, progress);
        })
        .compose(v -> RestDays.recompute(history, touchedTeams, tally.earliestTeamGame))
        .map(tally);
  }

  private Future<Void> loop(GameLogReader reader, PlayerDirectory players, Set<String> teams, ImportTally tally,
      Set<String> touchedTeams, IntConsumer progress) {
    return workers.<List<GameLogReader.Item>>executeBlocking(() -> reader.next(CHUNK), true).compose(items -> {
      if (items.isEmpty()) {
        return Future.succeededFuture();
      }
      return chunk(items, players, teams, tally, touchedTeams).compose(v -> {
        progress.accept((int) Math.floor(99 * reader.progress()));
        return loop(reader, players, teams, tally, touchedTeams, progress);
      });
    });
  }

  private Future<Void> chunk(List<GameLogReader.Item> items, PlayerDirectory players, Set<String> teams,
      ImportTally tally, Set<String> touchedTeams) {
    Instant now = Instant.now();
    List<GameLogRow> rows = new ArrayList<>();
    List<String> rowPlayers = new ArrayList<>();
    for (GameLogReader.Item item : items) {
      tally.rows++;
      if (item.error() != null) {
        tally.error(item.error());
        continue;
      }
      GameLogRow row = item.row();
      PlayerDirectory.Resolved who = players.resolve(row.nbaPlayerId(), row.playerName(), now);
      if (who.playerId() == null) {
        tally.error(new GameLogParser.RowError(row.line(), row.nbaPlayerId() != null
            ? GameLogColumns.PLAYER_ID : GameLogColumns.PLAYER_NAME, who.error()));
        continue;
      }
      rows.add(row);
      rowPlayers.add(who.playerId());
    }
    List<Player> newPlayers = players.drainNewPlayers();
    List<Identity> links = players.drainNewIdentities();
    tally.playersCreated += newPlayers.size();
    List<Team> newTeams = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (GameLogRow r : rows) {
      if (r.team() != null) {
        for (String code : List.of(r.team(), r.opponent())) {
          if (teams.add(code)) {
            newTeams.add(HistoryImporter.team(code));
          }
        }
        touchedTeams.add(r.team());
        touchedTeams.add(r.opponent());
        from = from == null || r.date().isBefore(from) ? r.date() : from;
        to = to == null || r.date().isAfter(to) ? r.date() : to;
      }
    }
    tally.teamsCreated += newTeams.size();
    if (from != null && (tally.earliestTeamGame == null || from.isBefore(tally.earliestTeamGame))) {
      tally.earliestTeamGame = from;
    }
    LocalDate first = from;
    LocalDate last = to;
    Future<List<Game>> existing = first == null ? Future.succeededFuture(List.of())
        : history.games(null, first, last);
    return history.saveTeams(newTeams)
        .compose(v -> history.savePlayers(newPlayers))
        .compose(v -> identities.record(links))
        .compose(v -> existing)
        .compose(games -> saveGamesAndStats(rows, rowPlayers, games, tally, now));
  }

  /** The history record of a catalogue team. */
  static Team team(String code) {
    TeamCodes.NbaTeam t = TeamCodes.team(code);
    return new Team(t.code(), "NBA", t.city(), t.name(), t.conference(), t.latitude(), t.longitude());
  }

  private Future<Void> saveGamesAndStats(List<GameLogRow> rows, List<String> rowPlayers, List<Game> existing,
      ImportTally tally, Instant now) {
    Map<String, Game> byTeamDay = new HashMap<>();
    for (Game g : existing) {
      byTeamDay.put(g.homeTeam() + "|" + g.date(), g);
      byTeamDay.put(g.awayTeam() + "|" + g.date(), g);
    }
    Map<String, Game> games = new LinkedHashMap<>();
    List<Identity> gameLinks = new ArrayList<>();
    List<PlayerGameStat> stats = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      GameLogRow r = rows.get(i);
      String gameId = null;
      if (r.team() != null) {
        Game known = byTeamDay.get(r.team() + "|" + r.date());
        gameId = known != null ? known.id() : GameIds.of("NBA", r.date(), r.team(), r.opponent());
        String home = Boolean.TRUE.equals(r.home()) ? r.team() : r.opponent();
        String away = home.equals(r.team()) ? r.opponent() : r.team();
        Game played = new Game(gameId, "NBA", r.date(), null, home, away, null, null, null, null, null, Game.FINAL,
            r.home() != null);
        if (known == null && !games.containsKey(gameId)) {
          tally.gamesCreated++;
        }
        games.merge(gameId, played, Game::mergedOnto);
        if (r.nbaGameId() != null) {
          gameLinks.add(new Identity(Identity.GAME, SOURCE, r.nbaGameId(), gameId, "created", now));
        }
      }
      stats.add(new PlayerGameStat(rowPlayers.get(i), gameId, r.team(), r.opponent(), r.date(), r.home(), null,
          r.box()));
    }
    return history.saveGames(List.copyOf(games.values()))
        .compose(v -> identities.record(gameLinks))
        .compose(v -> history.saveStats(stats))
        .map(counts -> {
          tally.stats = tally.stats.plus(counts);
          return null;
        });
  }
}
