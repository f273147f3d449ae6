package com.betterbros.props.model;

import com.betterbros.props.context.Injury;
import com.betterbros.props.history.Game;
import com.betterbros.props.history.Player;
import com.betterbros.props.history.PlayerGameStat;
import com.betterbros.props.history.Team;
import com.betterbros.props.props.Prop;
import com.betterbros.props.props.PropQuery;
import com.betterbros.props.store.Stores;
import io.vertx.core.Future;
import java.util.List;

/**
 * Everything training and batch prediction read, loaded once from the store: teams, players,
 * games, box scores, injuries and the props (both platforms, every status).
 */
public record DataSnapshot(
    List<Team> teams,
    List<Player> players,
    List<Game> games,
    List<PlayerGameStat> stats,
    List<Injury> injuries,
    List<Prop> props) {

  /** The snapshot of a generated season, as the store would hold it after loading it. */
  public static DataSnapshot of(com.betterbros.props.sim.Season season) {
    return new DataSnapshot(season.teams(), season.players(), season.games(), season.stats(), season.injuries(),
        season.props());
  }

  /** The node's shared history snapshot with the props (both platforms, every status) beside it. */
  public static DataSnapshot of(com.betterbros.props.features.HistorySnapshot history, List<Prop> props) {
    return new DataSnapshot(history.teams(), history.players(), history.games(), history.stats(), history.injuries(),
        props);
  }

  /** Reads the snapshot through the repositories: one query per kind of record (commands; a node shares its snapshot). */
  public static Future<DataSnapshot> load(Stores stores) {
    Future<List<Team>> teams = stores.history().teams();
    Future<List<Player>> players = stores.history().players();
    Future<List<PlayerGameStat>> stats = stores.history().stats(null, null);
    Future<List<Game>> games = stores.history().games(null, null, null);
    Future<List<Injury>> injuries = stores.context().injuries(null, null);
    Future<List<Prop>> props = stores.props()
        .find(PropQuery.all(Integer.MAX_VALUE, 0))
        .map(page -> page.items());
    return Future.all(List.of(teams, players, stats, games, injuries, props)).map(all -> new DataSnapshot(
        teams.result(), players.result(), games.result(), stats.result(), injuries.result(), props.result()));
  }
}
