package com.betterbros.props.model.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Training and evaluation examples from box scores alone, for history without posted lines (a real
 * season imported from game logs). Every box score of a player with at least {@value #MIN_GAMES}
 * earlier games where the stat is known becomes one example per stat type: its features as of that
 * date (strictly earlier data only) priced at a reference line L = floor(mean of his last 10) + 0.5,
 * the x.5 line nearest below the recent mean (a platform's usual line sits there, and x.5 has no
 * pushes), and the realised value. The regression model learns the stat's distribution and prices
 * any line; L only anchors the calibrator and the classifiers' line-relative features.
 */
public final class BoxScoreDataset {

  /** Earlier games a player needs before his box score becomes an example. */
  public static final int MIN_GAMES = 5;

  private BoxScoreDataset() {}

  /** The reference line of a player's stat before a date: floor(mean of the last 10 known) + 0.5. */
  public static double referenceLine(List<PlayerGameStat> before, String statType) {
    double sum = 0;
    int n = 0;
    for (int i = before.size() - 1; i >= 0 && n < 10; i--) {
      double v = before.get(i).value(statType);
      if (!Double.isNaN(v)) {
        sum += v;
        n++;
      }
    }
    return n == 0 ? 0.5 : Math.floor(sum / n) + 0.5;
  }

  /** The examples of the box scores dated in [from, to] (null = open), for the stat types asked. */
  public static List<Example> build(DataSnapshot data, HistoryIndex index, Collection<String> statTypes,
      LocalDate from, LocalDate to) {
    Map<String, Game> games = data.games().stream().collect(Collectors.toMap(Game::id, Function.identity(),
        (a, b) -> a));
    List<Example> out = new ArrayList<>();
    List<String> stats = statTypes.stream().sorted().toList();
    for (PlayerGameStat s : data.stats()) {
      if ((from != null && s.date().isBefore(from)) || (to != null && s.date().isAfter(to))) {
        continue;
      }
      List<PlayerGameStat> before = index.playerStatsBefore(s.playerId(), s.date());
      if (before.size() < MIN_GAMES) {
        continue;
      }
      Game game = s.gameId() == null ? null : games.get(s.gameId());
      for (String stat : stats) {
        double actual = s.value(stat);
        if (Double.isNaN(actual) || known(before, stat) < MIN_GAMES) {
          continue;
        }
        double line = referenceLine(before, stat);
        FeatureRequest req = FeatureRequest.forBoxScore(s, game, stat, line);
        out.add(new Example("h:" + s.playerId() + ":" + s.date() + ":" + stat, s.playerId(), s.date(), stat, line,
            FeatureBuilder.build(index, req), actual, null));
      }
    }
    return out;
  }

  private static int known(List<PlayerGameStat> before, String stat) {
    int n = 0;
    for (PlayerGameStat s : before) {
      n += Double.isNaN(s.value(stat)) ? 0 : 1;
    }
    return n;
  }

  /**
   * One example: an id (a prop id, or "h:player:date:stat"), the player, the game date, the stat,
   * the line it is priced at, its features, the realised value and (synthetic props only) the true
   * P(over).
   */
  public record Example(String id, String playerId, LocalDate date, String statType, double line, double[] features,
      double actual, Double pTrue) {

    public TrainingRow trainingRow() {
      return new TrainingRow(id, date, statType, line, features, actual, pTrue);
    }

    public PredictionInput input() {
      return new PredictionInput(statType, line, features);
    }
  }
}
