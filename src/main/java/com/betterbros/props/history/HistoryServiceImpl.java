package com.betterbros.props.history;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.history.api.BoardRequest;
import com.betterbros.props.history.api.GameDetail;
import com.betterbros.props.history.api.GameView;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.history.api.IdentityCreated;
import com.betterbros.props.history.api.IdentityRequest;
import com.betterbros.props.history.api.ImportJob;
import com.betterbros.props.history.api.Matchups;
import com.betterbros.props.history.api.PlayerGames;
import com.betterbros.props.history.api.PlayerGamesQuery;
import com.betterbros.props.history.api.PlayerIdentities;
import com.betterbros.props.history.api.PlayerSplitsQuery;
import com.betterbros.props.history.api.PlayerView;
import com.betterbros.props.history.api.ResolvedBoard;
import com.betterbros.props.history.api.Roster;
import com.betterbros.props.history.api.SyncJob;
import com.betterbros.props.history.api.SyncRequest;
import com.betterbros.props.history.api.TeamList;
import com.betterbros.props.history.api.TeamStats;
import com.betterbros.props.history.api.TeamStatsQuery;
import com.betterbros.props.history.api.TeamView;
import com.betterbros.props.history.api.UnmatchedPage;
import com.betterbros.props.history.api.UnmatchedQuery;
import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.PlayerRest;
import com.betterbros.props.history.core.Team;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** History over a {@link HistoryRepository}; splits and team aggregates are computed per request. */
public final class HistoryServiceImpl implements HistoryService {

  private static final List<String> DEFAULT_SPLIT_STATS =
      List.of("minutes", "points", "rebounds", "assists", "threes", "pts_rebs_asts");

  private final HistoryRepository repository;
  private final IdentityRepository identities;
  private final HistoryImports imports;
  private final HistorySyncs syncs;
  private final BoardIdentities boards;
  private final io.vertx.core.eventbus.EventBus bus;

  HistoryServiceImpl(HistoryRepository repository, IdentityRepository identities, HistoryImports imports,
      HistorySyncs syncs, io.vertx.core.eventbus.EventBus bus) {
    this.repository = repository;
    this.identities = identities;
    this.imports = imports;
    this.syncs = syncs;
    this.boards = new BoardIdentities(repository, identities);
    this.bus = bus;
  }

  @Override
  public Future<ImportJob> importFile(String userId, String format, io.vertx.core.buffer.Buffer body) {
    return imports.start(userId, format, body);
  }

  @Override
  public Future<SyncJob> sync(String userId, SyncRequest body) {
    return syncs.start(userId, body == null ? null : body.toJson());
  }

  @Override
  public Future<ResolvedBoard> resolveBoard(BoardRequest request) {
    return boards.resolve(request == null ? null : request.toJson(), bus);
  }

  @Override
  public Future<UnmatchedPage> unmatched(UnmatchedQuery query) {
    return Future.succeededFuture(new QueryParams(query == null ? null : query.toJson()))
        .compose(q -> boards.unmatched(q.string("source"), q.limit(), q.offset()));
  }

  @Override
  public Future<IdentityCreated> addIdentity(IdentityRequest alias) {
    return ManualAliases.add(repository, identities, alias == null ? null : alias.toJson())
        .onSuccess(r -> bus.publish(com.betterbros.props.bus.Addresses.HISTORY_EVENTS_IDENTITY, r.getIdentity().toJson()));
  }

  @Override
  public Future<PlayerIdentities> identities(String playerId) {
    return requirePlayer(playerId).compose(player -> identities.of(Identity.PLAYER, player.id())
        .map(list -> PlayerIdentities.of(player, list)));
  }

  @Override
  public Future<TeamList> teams() {
    return repository.teams().map(TeamList::of);
  }

  @Override
  public Future<Roster> roster(String teamId) {
    return requireTeam(teamId).compose(team -> repository.roster(team.id()).map(players -> Roster.of(team, players)));
  }

  @Override
  public Future<PlayerGames> playerGames(String playerId, PlayerGamesQuery query) {
    return Future.succeededFuture(query == null ? null : query.toJson()).compose(q -> {
      QueryParams params = new QueryParams(q);
      LocalDate from = params.date("from");
      LocalDate to = params.date("to");
      QueryParams.requireOrdered("from", from, to);
      List<String> stats = PlayerSplits.columns(params.string("stats"), "stats", StatAverages.COLUMNS);
      int limit = params.limit();
      int offset = params.offset();
      // the whole history up to "to": a row's derived rest needs the game before it, even before "from"
      return requirePlayer(playerId).compose(player -> repository.playerStats(player.id(), null, to)
          .map(all -> {
            List<PlayerGameStat> games = PlayerRest.fill(all).stream()
                .filter(g -> from == null || !g.date().isBefore(from)).toList();
            List<PlayerGameStat> newestFirst = new ArrayList<>(games);
            newestFirst.sort(Comparator.comparing(PlayerGameStat::date).reversed());
            JsonArray items = new JsonArray();
            newestFirst.stream().skip(offset).limit(limit).forEach(g -> items.add(StatAverages.row(g, stats)));
            return new PlayerGames(new JsonObject()
                .put("player", PlayerView.of(player).toJson())
                .put("items", items)
                .put("total", games.size())
                .put("limit", limit)
                .put("offset", offset));
          }));
    });
  }

  // the reply type is named in full: PlayerSplits in this package is what computes the splits
  @Override
  public Future<com.betterbros.props.history.api.PlayerSplits> playerSplits(String playerId,
      PlayerSplitsQuery query) {
    return Future.succeededFuture(query == null ? null : query.toJson()).compose(q -> {
      QueryParams params = new QueryParams(q);
      List<String> stats = PlayerSplits.columns(params.string("stat_types"), "stat_types", DEFAULT_SPLIT_STATS);
      LocalDate before = params.date("before");
      List<Integer> lastN = PlayerSplits.lastN(params.string("last_n"));
      LocalDate to = before == null ? null : before.minusDays(1);
      return requirePlayer(playerId).compose(player -> repository.playerStats(player.id(), null, to)
          .map(games -> new com.betterbros.props.history.api.PlayerSplits(new JsonObject()
              .put("player", PlayerView.of(player).toJson())
              .put("before", before == null ? null : before.toString())
              .put("splits", PlayerSplits.of(PlayerRest.fill(games), stats, lastN)))));
    });
  }

  @Override
  public Future<TeamStats> teamStats(String teamId, TeamStatsQuery query) {
    return Future.succeededFuture(query == null ? null : query.toJson()).compose(q -> {
      QueryParams params = new QueryParams(q);
      LocalDate from = params.date("from");
      LocalDate to = params.date("to");
      QueryParams.requireOrdered("from", from, to);
      return requireTeam(teamId).compose(team -> Future.all(
              repository.games(team.id(), from, to), repository.teamStats(team.id(), from, to))
          .map(all -> new TeamStats(TeamAggregates.of(team, all.resultAt(0), all.resultAt(1)))));
    });
  }

  @Override
  public Future<GameDetail> game(String gameId) {
    if (gameId == null || gameId.isBlank()) {
      return Future.failedFuture(Failures.badRequest("game_id", "game_id is required"));
    }
    return repository.game(gameId).compose(game -> {
      if (game == null) {
        return Future.failedFuture(Failures.notFound("no game with id '" + gameId + "'"));
      }
      return Future.all(repository.team(game.homeTeam()), repository.team(game.awayTeam()),
              repository.gameStats(game.id()))
          .map(all -> {
            Team home = all.resultAt(0);
            Team away = all.resultAt(1);
            List<PlayerGameStat> box = all.resultAt(2);
            return new GameDetail(new JsonObject()
                .put("game", GameView.of(game).toJson())
                .put("home_team", home == null ? null : TeamView.of(home).toJson())
                .put("away_team", away == null ? null : TeamView.of(away).toJson())
                .put("box_scores", new JsonArray(box.stream().map(HistoryJson::stat).toList())));
          });
    });
  }

  @Override
  public Future<Matchups> matchups(String playerId, String opponent) {
    if (opponent == null || opponent.isBlank()) {
      return Future.failedFuture(Failures.badRequest("opponent", "opponent (a team id) is required"));
    }
    String opp = opponent.trim().toUpperCase();
    return requirePlayer(playerId)
        .compose(player -> requireTeam(opp).map(team -> player))
        .compose(player -> repository.playerStats(player.id(), null, null).map(games -> {
          List<PlayerGameStat> vs = games.stream().filter(g -> opp.equals(g.opponentId())).toList();
          JsonArray rows = new JsonArray();
          vs.forEach(g -> rows.add(StatAverages.row(g, DEFAULT_SPLIT_STATS)));
          return new Matchups(new JsonObject()
              .put("player", PlayerView.of(player).toJson())
              .put("opponent", opp)
              .put("games", rows)
              .put("averages", StatAverages.of(vs, DEFAULT_SPLIT_STATS))
              .put("season_averages", StatAverages.of(games, DEFAULT_SPLIT_STATS)));
        }));
  }

  private Future<Player> requirePlayer(String id) {
    if (id == null || id.isBlank()) {
      return Future.failedFuture(Failures.badRequest("player_id", "player_id is required"));
    }
    return repository.player(id).compose(p -> p == null
        ? Future.failedFuture(Failures.notFound("no player with id '" + id + "'"))
        : Future.succeededFuture(p));
  }

  private Future<Team> requireTeam(String id) {
    if (id == null || id.isBlank()) {
      return Future.failedFuture(Failures.badRequest("team_id", "team id is required"));
    }
    String upper = id.trim().toUpperCase();
    return repository.team(upper).compose(t -> t == null
        ? Future.failedFuture(Failures.notFound("no team with id '" + id + "'"))
        : Future.succeededFuture(t));
  }
}
