package com.betterbros.props.history;

import static com.betterbros.props.store.PgSql.instant;
import static com.betterbros.props.store.PgSql.timestamp;

import com.betterbros.props.store.PgSql;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** Teams, players, games and box scores in PostgreSQL, same contract as memory. */
public final class PgHistoryRepository implements HistoryRepository {

  static final String FOREIGN_KEY_VIOLATION = "23503";

  static final String TEAM_COLUMNS = "id, sport, city, name, conference, latitude, longitude";
  static final String PLAYER_COLUMNS = "id, name, team_id, position";
  static final String GAME_COLUMNS = "id, sport, date, start_time, home_team, away_team,"
      + " home_rest_days, away_rest_days, home_score, away_score, pace, status";
  static final String STAT_COLUMNS = "player_id, game_id, team_id, opponent_id, date, home,"
      + " rest_days, minutes, points, rebounds, assists, threes, steals, blocks, turnovers";

  static final String UPSERT_TEAM = "INSERT INTO teams (" + TEAM_COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET sport = EXCLUDED.sport,"
      + " city = EXCLUDED.city, name = EXCLUDED.name, conference = EXCLUDED.conference,"
      + " latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude";
  static final String UPSERT_PLAYER = "INSERT INTO players (" + PLAYER_COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name,"
      + " team_id = EXCLUDED.team_id, position = EXCLUDED.position";
  static final String UPSERT_GAME = "INSERT INTO games (" + GAME_COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO UPDATE SET"
      + " sport = EXCLUDED.sport, date = EXCLUDED.date, start_time = EXCLUDED.start_time,"
      + " home_team = EXCLUDED.home_team, away_team = EXCLUDED.away_team,"
      + " home_rest_days = EXCLUDED.home_rest_days, away_rest_days = EXCLUDED.away_rest_days,"
      + " home_score = EXCLUDED.home_score, away_score = EXCLUDED.away_score,"
      + " pace = EXCLUDED.pace, status = EXCLUDED.status";
  static final String UPSERT_STAT = "INSERT INTO player_game_stats (" + STAT_COLUMNS + ")"
      + " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)"
      + " ON CONFLICT (player_id, game_id) DO UPDATE SET team_id = EXCLUDED.team_id,"
      + " opponent_id = EXCLUDED.opponent_id, date = EXCLUDED.date, home = EXCLUDED.home,"
      + " rest_days = EXCLUDED.rest_days, minutes = EXCLUDED.minutes, points = EXCLUDED.points,"
      + " rebounds = EXCLUDED.rebounds, assists = EXCLUDED.assists, threes = EXCLUDED.threes,"
      + " steals = EXCLUDED.steals, blocks = EXCLUDED.blocks, turnovers = EXCLUDED.turnovers";

  static final String TEAMS = "SELECT " + TEAM_COLUMNS + " FROM teams ORDER BY id";
  static final String TEAM = "SELECT " + TEAM_COLUMNS + " FROM teams WHERE id = $1";
  static final String PLAYER = "SELECT " + PLAYER_COLUMNS + " FROM players WHERE id = $1";
  static final String ROSTER = "SELECT " + PLAYER_COLUMNS + " FROM players WHERE team_id = $1 ORDER BY id";
  static final String GAME = "SELECT " + GAME_COLUMNS + " FROM games WHERE id = $1";
  static final String DATES = " AND ($2::date IS NULL OR date >= $2) AND ($3::date IS NULL OR date <= $3)";
  static final String GAMES = "SELECT " + GAME_COLUMNS + " FROM games"
      + " WHERE ($1::text IS NULL OR home_team = $1 OR away_team = $1)" + DATES + " ORDER BY date, id";
  static final String STAT_ORDER = " ORDER BY date, game_id, player_id";
  static final String PLAYER_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE player_id = $1" + DATES + STAT_ORDER;
  static final String TEAM_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE team_id = $1" + DATES + STAT_ORDER;
  static final String GAME_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE game_id = $1" + STAT_ORDER;

  private final Pool pool;

  public PgHistoryRepository(Pool pool) {
    this.pool = pool;
  }

  /** Upserts teams by id in one transaction. */
  @Override
  public Future<Void> saveTeams(List<Team> teams) {
    return save(teams, "team", HistoryRows::team, UPSERT_TEAM, t -> Tuple.of(t.id(), t.sport(),
        t.city(), t.name(), t.conference(), t.latitude(), t.longitude()));
  }

  /** Upserts players by id in one transaction. */
  @Override
  public Future<Void> savePlayers(List<Player> players) {
    return save(players, "player", HistoryRows::player, UPSERT_PLAYER,
        p -> Tuple.of(p.id(), p.name(), p.teamId(), p.position()));
  }

  /** Upserts games by id in one transaction. */
  @Override
  public Future<Void> saveGames(List<Game> games) {
    return save(games, "game", HistoryRows::game, UPSERT_GAME, g -> Tuple.of(g.id(), g.sport(),
        g.date(), timestamp(g.startTime()), g.homeTeam(), g.awayTeam(), g.homeRestDays(),
        g.awayRestDays(), g.homeScore(), g.awayScore(), g.pace(), g.status()));
  }

  /** Upserts box scores by (player, game) in one transaction; an unknown player or game fails it. */
  @Override
  public Future<Void> saveStats(List<PlayerGameStat> stats) {
    return save(stats, "stat", HistoryRows::stat, UPSERT_STAT, s -> Tuple.of(s.playerId(),
        s.gameId(), s.teamId(), s.opponentId(), s.date(), s.home(), s.restDays(), s.minutes(),
        s.points(), s.rebounds(), s.assists(), s.threes(), s.steals(), s.blocks(), s.turnovers()))
        .recover(err -> Future.failedFuture(
            err instanceof PgException pg && FOREIGN_KEY_VIOLATION.equals(pg.getSqlState())
                ? new IllegalArgumentException("unknown player or game: " + pg.getDetail(), err)
                : err));
  }

  @Override
  public Future<List<Team>> teams() {
    return list(TEAMS, Tuple.tuple(), PgHistoryRepository::team);
  }

  @Override
  public Future<Team> team(String id) {
    return one(TEAM, id, PgHistoryRepository::team);
  }

  @Override
  public Future<Player> player(String id) {
    return one(PLAYER, id, PgHistoryRepository::player);
  }

  @Override
  public Future<List<Player>> roster(String teamId) {
    return list(ROSTER, Tuple.of(teamId), PgHistoryRepository::player);
  }

  @Override
  public Future<Game> game(String id) {
    return one(GAME, id, PgHistoryRepository::game);
  }

  @Override
  public Future<List<Game>> games(String teamId, LocalDate from, LocalDate to) {
    return list(GAMES, Tuple.of(teamId, from, to), PgHistoryRepository::game);
  }

  @Override
  public Future<List<PlayerGameStat>> playerStats(String playerId, LocalDate from, LocalDate to) {
    return list(PLAYER_STATS, Tuple.of(playerId, from, to), PgHistoryRepository::stat);
  }

  @Override
  public Future<List<PlayerGameStat>> teamStats(String teamId, LocalDate from, LocalDate to) {
    return list(TEAM_STATS, Tuple.of(teamId, from, to), PgHistoryRepository::stat);
  }

  @Override
  public Future<List<PlayerGameStat>> gameStats(String gameId) {
    return list(GAME_STATS, Tuple.of(gameId), PgHistoryRepository::stat);
  }

  private <T> Future<Void> save(
      List<T> rows, String what, UnaryOperator<T> check, String sql, Function<T, Tuple> tuple) {
    List<Tuple> tuples;
    try {
      tuples = HistoryRows.checked(rows, what, check).stream().map(tuple).toList();
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (tuples.isEmpty()) {
      return Future.succeededFuture();
    }
    return pool.withTransaction(conn -> PgSql.batch(conn, sql, tuples));
  }

  private <T> Future<T> one(String sql, String id, Function<Row, T> mapper) {
    return pool.preparedQuery(sql).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? null : mapper.apply(rows.iterator().next()));
  }

  private <T> Future<List<T>> list(String sql, Tuple params, Function<Row, T> mapper) {
    return pool.preparedQuery(sql).execute(params).map(rows -> mapped(rows, mapper));
  }

  private static <T> List<T> mapped(RowSet<Row> rows, Function<Row, T> mapper) {
    List<T> out = new ArrayList<>(rows.size());
    rows.forEach(row -> out.add(mapper.apply(row)));
    return List.copyOf(out);
  }

  private static Team team(Row r) {
    return new Team(r.getString("id"), r.getString("sport"), r.getString("city"),
        r.getString("name"), r.getString("conference"), r.getDouble("latitude"),
        r.getDouble("longitude"));
  }

  private static Player player(Row r) {
    return new Player(r.getString("id"), r.getString("name"), r.getString("team_id"),
        r.getString("position"));
  }

  private static Game game(Row r) {
    return new Game(r.getString("id"), r.getString("sport"), r.getLocalDate("date"),
        instant(r, "start_time"), r.getString("home_team"), r.getString("away_team"),
        r.getInteger("home_rest_days"), r.getInteger("away_rest_days"),
        r.getInteger("home_score"), r.getInteger("away_score"), r.getDouble("pace"),
        r.getString("status"));
  }

  private static PlayerGameStat stat(Row r) {
    return new PlayerGameStat(r.getString("player_id"), r.getString("game_id"),
        r.getString("team_id"), r.getString("opponent_id"), r.getLocalDate("date"),
        r.getBoolean("home"), r.getInteger("rest_days"), r.getDouble("minutes"),
        r.getInteger("points"), r.getInteger("rebounds"), r.getInteger("assists"),
        r.getInteger("threes"), r.getInteger("steals"), r.getInteger("blocks"),
        r.getInteger("turnovers"));
  }
}
