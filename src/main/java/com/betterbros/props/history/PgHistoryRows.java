package com.betterbros.props.history;

import static com.betterbros.props.store.PgSql.instant;
import static com.betterbros.props.store.PgSql.timestamp;

import com.betterbros.props.history.core.BoxScore;
import com.betterbros.props.history.core.BoxStat;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.HistoryRows;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** The SQL of {@link PgHistoryRepository}: per table its queries, array parameters and row mapping. */
final class PgHistoryRows {

  /**
   * One table: list-all and by-id queries, the stored rows of a set of keys, an upsert of rows
   * passed as one array per column, and how rows become those arrays.
   */
  record Table<K, T>(String all, String byId, String storedByKeys, String upsert,
      Function<List<K>, Tuple> keyArrays, Function<List<T>, Tuple> rowArrays, Function<Row, T> mapper,
      Function<T, K> key) {}

  static final String TEAM_COLUMNS = "id, sport, city, name, conference, latitude, longitude";
  static final String PLAYER_COLUMNS = "id, name, team_id, position";
  static final String GAME_COLUMNS = "id, sport, date, start_time, home_team, away_team,"
      + " home_rest_days, away_rest_days, home_score, away_score, pace, status, sides_known";
  static final String STAT_COLUMNS = "player_id, game_id, team_id, opponent_id, date, home, rest_days, "
      + String.join(", ", java.util.Arrays.stream(BoxStat.values()).map(BoxStat::column).toList());

  static final Table<String, Team> TEAMS = new Table<>(
      "SELECT " + TEAM_COLUMNS + " FROM teams ORDER BY id",
      "SELECT " + TEAM_COLUMNS + " FROM teams WHERE id = $1",
      "SELECT " + TEAM_COLUMNS + " FROM teams WHERE id = ANY($1)",
      "INSERT INTO teams (" + TEAM_COLUMNS + ") SELECT * FROM unnest($1::text[], $2::text[], $3::text[],"
          + " $4::text[], $5::text[], $6::float8[], $7::float8[]) ON CONFLICT (id) DO UPDATE SET"
          + " sport = EXCLUDED.sport, city = EXCLUDED.city, name = EXCLUDED.name,"
          + " conference = EXCLUDED.conference, latitude = EXCLUDED.latitude, longitude = EXCLUDED.longitude",
      keys -> Tuple.tuple().addArrayOfString(keys.toArray(String[]::new)),
      rows -> Tuple.tuple()
          .addArrayOfString(rows.stream().map(Team::id).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Team::sport).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Team::city).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Team::name).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Team::conference).toArray(String[]::new))
          .addArrayOfDouble(rows.stream().map(Team::latitude).toArray(Double[]::new))
          .addArrayOfDouble(rows.stream().map(Team::longitude).toArray(Double[]::new)),
      PgHistoryRows::team, Team::id);

  static final Table<String, Player> PLAYERS = new Table<>(
      "SELECT " + PLAYER_COLUMNS + " FROM players ORDER BY id",
      "SELECT " + PLAYER_COLUMNS + " FROM players WHERE id = $1",
      "SELECT " + PLAYER_COLUMNS + " FROM players WHERE id = ANY($1)",
      "INSERT INTO players (" + PLAYER_COLUMNS + ") SELECT * FROM unnest($1::text[], $2::text[], $3::text[],"
          + " $4::text[]) ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, team_id = EXCLUDED.team_id,"
          + " position = EXCLUDED.position",
      keys -> Tuple.tuple().addArrayOfString(keys.toArray(String[]::new)),
      rows -> Tuple.tuple()
          .addArrayOfString(rows.stream().map(Player::id).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Player::name).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Player::teamId).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Player::position).toArray(String[]::new)),
      PgHistoryRows::player, Player::id);

  static final Table<String, Game> GAMES = new Table<>(
      "SELECT " + GAME_COLUMNS + " FROM games ORDER BY date, id",
      "SELECT " + GAME_COLUMNS + " FROM games WHERE id = $1",
      "SELECT " + GAME_COLUMNS + " FROM games WHERE id = ANY($1)",
      "INSERT INTO games (" + GAME_COLUMNS + ") SELECT * FROM unnest($1::text[], $2::text[], $3::date[],"
          + " $4::timestamptz[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::int[],"
          + " $11::float8[], $12::text[], $13::bool[]) ON CONFLICT (id) DO UPDATE SET sport = EXCLUDED.sport,"
          + " date = EXCLUDED.date, start_time = EXCLUDED.start_time, home_team = EXCLUDED.home_team,"
          + " away_team = EXCLUDED.away_team, home_rest_days = EXCLUDED.home_rest_days,"
          + " away_rest_days = EXCLUDED.away_rest_days, home_score = EXCLUDED.home_score,"
          + " away_score = EXCLUDED.away_score, pace = EXCLUDED.pace, status = EXCLUDED.status,"
          + " sides_known = EXCLUDED.sides_known",
      keys -> Tuple.tuple().addArrayOfString(keys.toArray(String[]::new)),
      rows -> Tuple.tuple()
          .addArrayOfString(rows.stream().map(Game::id).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Game::sport).toArray(String[]::new))
          .addArrayOfLocalDate(rows.stream().map(Game::date).toArray(LocalDate[]::new))
          .addArrayOfOffsetDateTime(rows.stream().map(g -> timestamp(g.startTime())).toArray(OffsetDateTime[]::new))
          .addArrayOfString(rows.stream().map(Game::homeTeam).toArray(String[]::new))
          .addArrayOfString(rows.stream().map(Game::awayTeam).toArray(String[]::new))
          .addArrayOfInteger(rows.stream().map(Game::homeRestDays).toArray(Integer[]::new))
          .addArrayOfInteger(rows.stream().map(Game::awayRestDays).toArray(Integer[]::new))
          .addArrayOfInteger(rows.stream().map(Game::homeScore).toArray(Integer[]::new))
          .addArrayOfInteger(rows.stream().map(Game::awayScore).toArray(Integer[]::new))
          .addArrayOfDouble(rows.stream().map(Game::pace).toArray(Double[]::new))
          .addArrayOfString(rows.stream().map(Game::status).toArray(String[]::new))
          .addArrayOfBoolean(rows.stream().map(Game::sidesKnown).toArray(Boolean[]::new)),
      PgHistoryRows::game, Game::id);

  static final Table<HistoryRows.StatKey, PlayerGameStat> STATS = new Table<>(
      null,
      null,
      "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
          + " WHERE (player_id, date) IN (SELECT * FROM unnest($1::text[], $2::date[]))",
      statUpsert(),
      keys -> Tuple.tuple()
          .addArrayOfString(keys.stream().map(HistoryRows.StatKey::playerId).toArray(String[]::new))
          .addArrayOfLocalDate(keys.stream().map(HistoryRows.StatKey::date).toArray(LocalDate[]::new)),
      PgHistoryRows::statArrays,
      PgHistoryRows::stat, HistoryRows.StatKey::of);

  static final String ROSTER = "SELECT " + PLAYER_COLUMNS + " FROM players WHERE team_id = $1 ORDER BY id";
  static final String DATES = " AND ($2::date IS NULL OR date >= $2) AND ($3::date IS NULL OR date <= $3)";
  static final String GAMES_OF = "SELECT " + GAME_COLUMNS + " FROM games"
      + " WHERE ($1::text IS NULL OR home_team = $1 OR away_team = $1)" + DATES + " ORDER BY date, id";
  static final String STAT_ORDER = " ORDER BY date, player_id";
  static final String PLAYER_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE player_id = $1" + DATES + STAT_ORDER;
  static final String TEAM_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE team_id = $1" + DATES + STAT_ORDER;
  static final String GAME_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE game_id = $1" + STAT_ORDER;
  static final String ALL_STATS = "SELECT " + STAT_COLUMNS + " FROM player_game_stats"
      + " WHERE ($1::date IS NULL OR date >= $1) AND ($2::date IS NULL OR date <= $2)" + STAT_ORDER;

  private PgHistoryRows() {}

  private static String statUpsert() {
    StringBuilder types = new StringBuilder(
        "$1::text[], $2::text[], $3::text[], $4::text[], $5::date[], $6::bool[], $7::int[], $8::float8[]");
    StringBuilder set = new StringBuilder("game_id = EXCLUDED.game_id, team_id = EXCLUDED.team_id,"
        + " opponent_id = EXCLUDED.opponent_id, home = EXCLUDED.home, rest_days = EXCLUDED.rest_days");
    BoxStat[] box = BoxStat.values();
    for (int i = 1; i < box.length; i++) {
      types.append(", $").append(8 + i).append("::int[]");
    }
    for (BoxStat s : box) {
      set.append(", ").append(s.column()).append(" = EXCLUDED.").append(s.column());
    }
    return "INSERT INTO player_game_stats (" + STAT_COLUMNS + ") SELECT * FROM unnest(" + types
        + ") ON CONFLICT (player_id, date) DO UPDATE SET " + set;
  }

  private static Tuple statArrays(List<PlayerGameStat> rows) {
    Tuple t = Tuple.tuple()
        .addArrayOfString(rows.stream().map(PlayerGameStat::playerId).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(PlayerGameStat::gameId).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(PlayerGameStat::teamId).toArray(String[]::new))
        .addArrayOfString(rows.stream().map(PlayerGameStat::opponentId).toArray(String[]::new))
        .addArrayOfLocalDate(rows.stream().map(PlayerGameStat::date).toArray(LocalDate[]::new))
        .addArrayOfBoolean(rows.stream().map(PlayerGameStat::home).toArray(Boolean[]::new))
        .addArrayOfInteger(rows.stream().map(PlayerGameStat::restDays).toArray(Integer[]::new))
        .addArrayOfDouble(rows.stream().map(s -> s.box().has(BoxStat.MIN) ? s.minutes() : null)
            .toArray(Double[]::new));
    BoxStat[] box = BoxStat.values();
    for (int i = 1; i < box.length; i++) {
      BoxStat stat = box[i];
      t.addArrayOfInteger(rows.stream().map(s -> s.box().count(stat)).toArray(Integer[]::new));
    }
    return t;
  }

  static Team team(Row r) {
    return new Team(r.getString("id"), r.getString("sport"), r.getString("city"),
        r.getString("name"), r.getString("conference"), r.getDouble("latitude"),
        r.getDouble("longitude"));
  }

  static Player player(Row r) {
    return new Player(r.getString("id"), r.getString("name"), r.getString("team_id"),
        r.getString("position"));
  }

  static Game game(Row r) {
    return new Game(r.getString("id"), r.getString("sport"), r.getLocalDate("date"),
        instant(r, "start_time"), r.getString("home_team"), r.getString("away_team"),
        r.getInteger("home_rest_days"), r.getInteger("away_rest_days"),
        r.getInteger("home_score"), r.getInteger("away_score"), r.getDouble("pace"),
        r.getString("status"), r.getBoolean("sides_known"));
  }

  static PlayerGameStat stat(Row r) {
    BoxScore.Builder box = BoxScore.builder();
    for (BoxStat s : BoxStat.values()) {
      Number value = s == BoxStat.MIN ? (Number) r.getDouble(s.column()) : (Number) r.getInteger(s.column());
      box.set(s, value);
    }
    return new PlayerGameStat(r.getString("player_id"), r.getString("game_id"),
        r.getString("team_id"), r.getString("opponent_id"), r.getLocalDate("date"),
        r.getBoolean("home"), r.getInteger("rest_days"), box.build());
  }
}
