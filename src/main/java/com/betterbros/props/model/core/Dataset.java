package com.betterbros.props.model.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.Prop;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Props joined to their games, features (as of tip-off, from data strictly before the game) and,
 * when played, the realised stat (the player's box score of the game's date; null when the stat is
 * not in it). A prop whose player has no box score in a final game did not
 * play (DNP) and is left out: a DNP prop is void on the platforms.
 */
public final class Dataset {

  /** One prop with its game, feature request, features and outcome (null when not played yet). */
  public record Row(Prop prop, Game game, FeatureRequest request, double[] features, Double actual) {

    public TrainingRow trainingRow() {
      return new TrainingRow(prop.id(), game.date(), prop.statType(), prop.line(), features, actual,
          prop.trueProbOver());
    }

    public PredictionInput input() {
      return new PredictionInput(prop.statType(), prop.line(), features);
    }
  }

  private Dataset() {}

  /** The rows of every prop that passes {@code keep} and whose game and stat type are known. */
  public static List<Row> build(DataSnapshot data, HistoryIndex index, Predicate<Prop> keep) {
    Map<String, Game> games = new HashMap<>();
    data.games().forEach(g -> games.put(g.id(), g));
    // A player plays once a day: his box score of the game's date is the prop's outcome, whether or
    // not the history row names the game (a game-log file without game ids does not).
    Map<String, PlayerGameStat> box = new HashMap<>();
    data.stats().forEach(s -> box.put(s.playerId() + "|" + s.date(), s));
    List<Row> rows = new ArrayList<>();
    for (Prop prop : data.props()) {
      Game game = games.get(prop.gameId());
      if (game == null || !keep.test(prop) || !SupportedStats.contains(prop.sport(), prop.statType())) {
        continue;
      }
      PlayerGameStat played = box.get(prop.playerId() + "|" + game.date());
      if (played != null && played.gameId() != null && !played.gameId().equals(game.id())) {
        played = null; // that day's box score is of another game
      }
      if (game.isFinal() && played == null) {
        continue;
      }
      FeatureRequest request = requestFor(prop, game);
      double[] features = FeatureBuilder.build(index, request);
      double value = played == null ? Double.NaN : played.value(prop.statType());
      rows.add(new Row(prop, game, request, features, Double.isNaN(value) ? null : value));
    }
    return rows;
  }

  /** The feature request of a prop (or of an explicit leg) in a known game. */
  public static FeatureRequest requestFor(Prop prop, Game game) {
    return requestFor(prop.playerId(), prop.team(), prop.statType(), prop.line(), game);
  }

  public static FeatureRequest requestFor(String playerId, String team, String statType, double line, Game game) {
    return FeatureRequest.forGame(playerId, team, game, statType, line);
  }
}
