package com.betterbros.props.model.core;

import com.betterbros.props.context.core.Injury;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import com.betterbros.props.props.core.Prop;
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
  public static DataSnapshot of(com.betterbros.props.features.core.HistorySnapshot history, List<Prop> props) {
    return new DataSnapshot(history.teams(), history.players(), history.games(), history.stats(), history.injuries(),
        props);
  }

}
