package com.betterbros.props.eval.core;

import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerBoxes;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.model.core.BoxScoreDataset;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.Dataset;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.model.core.TrainingRow;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a backtest reads from the data: the boards of its days (the props of the platforms and
 * stat types it bets on, of games in [from, to], each with its pre-game features and how it
 * settled: the player's stat from his box score of the game, or void when the game is final without
 * one), and the examples its models train on. Props without a box score of a game not final yet,
 * or whose box score lacks the stat, cannot be settled and are only counted ({@link #pending}). Features come from data strictly
 * before each game; a model for day d only ever sees examples dated before d ({@link #training}).
 */
public final class BacktestData {

  /** A prop of the range: its game date, pre-game features, and its stat (null: void). */
  public record BoardRow(Prop prop, LocalDate date, double[] features, Double stat) {}

  private final DataSnapshot data;
  private final HistoryIndex index;
  private final LocalDate to;
  private final Map<LocalDate, List<BoardRow>> days = new TreeMap<>();
  private int pending;
  private List<TrainingRow> propExamples;
  private List<TrainingRow> boxExamples;

  private BacktestData(DataSnapshot data, HistoryIndex index, LocalDate to) {
    this.data = data;
    this.index = index;
    this.to = to;
  }

  /** The boards of the spec's days, features built (CPU-bound: call off the event loop). */
  public static BacktestData of(DataSnapshot data, HistoryIndex index, BacktestSpec spec) {
    BacktestData out = new BacktestData(data, index, spec.to());
    Map<String, Game> games = new HashMap<>();
    data.games().forEach(g -> games.put(g.id(), g));
    PlayerBoxes box = PlayerBoxes.of(data.stats());
    for (Prop prop : data.props()) {
      Game game = games.get(prop.gameId());
      if (game == null || game.date().isBefore(spec.from()) || game.date().isAfter(spec.to())
          || !spec.platforms().contains(prop.platform()) || !spec.statTypes().contains(prop.statType())
          || !SupportedStats.contains(prop.sport(), prop.statType())) {
        continue;
      }
      PlayerGameStat played = played(box, prop, game);
      Double stat = null;
      if (played != null) {
        double v = played.value(prop.statType());
        if (Double.isNaN(v)) {
          out.pending++;
          continue;
        }
        stat = v;
      } else if (!game.isFinal()) {
        out.pending++;
        continue;
      }
      double[] features = FeatureBuilder.build(index, Dataset.requestFor(prop, game));
      out.days.computeIfAbsent(game.date(), d -> new ArrayList<>()).add(new BoardRow(prop, game.date(), features, stat));
    }
    out.days.values().forEach(rows -> rows.sort(Comparator.comparing(r -> r.prop().id())));
    return out;
  }

  /** The player's box score of the prop's game ({@link PlayerBoxes}), when its team is the prop's. */
  private static PlayerGameStat played(PlayerBoxes box, Prop prop, Game game) {
    PlayerGameStat s = box.find(prop.playerId(), game.id(), game.date());
    boolean sameTeam = s != null && (s.teamId() == null || prop.team() == null || s.teamId().equals(prop.team()));
    return sameTeam ? s : null;
  }

  /** The board of a day, by prop id (empty when the day has none). */
  public List<BoardRow> day(LocalDate date) {
    return days.getOrDefault(date, List.of());
  }

  /** Props of the range that cannot be settled (game not final, or the stat missing from its box score). */
  public int pending() {
    return pending;
  }

  /**
   * The examples dated before {@code before}: settled props of every platform at their posted
   * lines ({@code "props"}), or box scores at reference lines ({@code "history"}).
   */
  public List<TrainingRow> training(String source, Set<String> statTypes, LocalDate before) {
    List<TrainingRow> all = "history".equals(source) ? boxExamples(statTypes) : propExamples(statTypes);
    return all.stream().filter(r -> r.date().isBefore(before)).toList();
  }

  private List<TrainingRow> propExamples(Set<String> statTypes) {
    if (propExamples == null) {
      propExamples = Dataset.build(data, index, p -> statTypes.contains(p.statType())).stream()
          .filter(r -> r.actual() != null && !r.game().date().isAfter(to))
          .map(Dataset.Row::trainingRow)
          .toList();
    }
    return propExamples;
  }

  private List<TrainingRow> boxExamples(Set<String> statTypes) {
    if (boxExamples == null) {
      boxExamples = BoxScoreDataset.build(data, index, statTypes, null, to).stream()
          .map(BoxScoreDataset.Example::trainingRow).toList();
    }
    return boxExamples;
  }
}
