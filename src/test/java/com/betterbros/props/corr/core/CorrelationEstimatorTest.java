package com.betterbros.props.corr.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.math.CorrelationMatrix;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.Dataset;
import com.betterbros.props.model.core.HistoryIndexes;
import com.betterbros.props.model.core.ModelType;
import com.betterbros.props.model.core.PredictionInput;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.model.core.PropModelTrainer;
import com.betterbros.props.model.core.TrainingConfig;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.sim.SeasonGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Correlation estimates on the synthetic season (seed 42, 45 days)")
class CorrelationEstimatorTest {

  private static DataSnapshot data;
  private static CorrelationEstimator estimator;
  private static Map<String, com.betterbros.props.history.core.Game> games;

  @BeforeAll
  static void season() {
    data = DataSnapshot.of(SeasonGenerator.generate(42, 45));
    estimator = new CorrelationEstimator(HistoryIndexes.of(data));
    games = new HashMap<>();
    data.games().forEach(g -> games.put(g.id(), g));
  }

  private static LegRef leg(Prop p, boolean over) {
    return new LegRef(p.id(), p.playerId(), p.team(), p.statType(), p.gameId(), games.get(p.gameId()).date(), over);
  }

  /** The last day's prizepicks props, where every player has over a month of history. */
  private static List<Prop> board() {
    LocalDate last = data.games().stream().map(g -> g.date()).max(LocalDate::compareTo).orElseThrow();
    return data.props().stream().filter(p -> p.platform().equals("prizepicks"))
        .filter(p -> games.get(p.gameId()).date().equals(last)).toList();
  }

  private static Prop find(List<Prop> props, String player, String stat) {
    return props.stream().filter(p -> p.playerId().equals(player) && p.statType().equals(stat)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("legs in different games are independent: exactly 0")
  void differentGames() {
    List<Prop> board = board();
    Prop a = board.get(0);
    Prop b = board.stream().filter(p -> !p.gameId().equals(a.gameId())).findFirst().orElseThrow();
    PairEstimate e = estimator.estimate(leg(a, true), leg(b, true));
    assertThat(e.rho()).isZero();
    assertThat(e.relation()).isEqualTo(Relation.DIFFERENT_GAMES);
  }

  @Test
  @DisplayName("a player's points and his pts+rebs+asts win together strongly, significantly; opposite sides flip the sign")
  void samePlayerCombo() {
    Prop points = board().stream().filter(p -> p.statType().equals("points")).findFirst().orElseThrow();
    Prop pra = find(board(), points.playerId(), "pts_rebs_asts");
    PairEstimate e = estimator.estimate(leg(points, true), leg(pra, true));
    assertThat(e.relation()).isEqualTo(Relation.SAME_PLAYER_COMBO);
    assertThat(e.n()).isGreaterThan(15);
    assertThat(e.rho()).isGreaterThan(0.5);
    assertThat(e.pValue()).isLessThan(0.01);
    assertThat(estimator.estimate(leg(points, true), leg(pra, false)).rho()).isEqualTo(-e.rho());
  }

  @Test
  @DisplayName("teammates compete for rebounds (negative on average) and points go with teammates' assists")
  void teammates() {
    List<Double> rebounds = new ArrayList<>();
    List<Double> pointsAssists = new ArrayList<>();
    List<Prop> board = board();
    for (Prop a : board) {
      for (Prop b : board) {
        if (a.gameId().equals(b.gameId()) && a.team().equals(b.team()) && !a.playerId().equals(b.playerId())) {
          PairEstimate e = estimator.estimate(leg(a, true), leg(b, true));
          if (a.statType().equals("rebounds") && b.statType().equals("rebounds") && !Double.isNaN(e.sample())) {
            rebounds.add(e.sample());
          }
          if (a.statType().equals("points") && b.statType().equals("assists") && !Double.isNaN(e.sample())) {
            pointsAssists.add(e.sample());
          }
        }
      }
    }
    assertThat(rebounds).hasSizeGreaterThan(10);
    assertThat(rebounds.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isLessThan(0);
    assertThat(pointsAssists.stream().mapToDouble(Double::doubleValue).average().orElseThrow()).isGreaterThan(0);
  }

  @Test
  @DisplayName("a same-game matrix is a valid correlation matrix")
  void matrixIsValid() {
    Prop first = board().get(0);
    List<LegRef> legs = board().stream().filter(p -> p.gameId().equals(first.gameId())).limit(6)
        .map(p -> leg(p, p.hashCode() % 2 == 0)).toList();
    CorrelationEstimator.Result r = estimator.matrix(legs);
    CorrelationMatrix.validate(r.matrix(), legs.size(), 1e-6);
    assertThat(r.matrix()[0][0]).isEqualTo(1.0);
  }

  @Test
  @DisplayName("a whole game's matrix keeps every eigenvalue >= 0.001 and stays valid rounded to 6 decimals")
  void wholeGameMatrixSurvivesRounding() {
    Prop first = board().get(0);
    List<LegRef> legs = board().stream().filter(p -> p.gameId().equals(first.gameId()))
        .map(p -> leg(p, p.hashCode() % 2 == 0)).toList();
    assertThat(legs.size()).isGreaterThan(10);
    CorrelationEstimator.Result r = estimator.matrix(legs);
    assertThat(CorrelationMatrix.smallestEigenvalue(r.matrix()))
        .isGreaterThan(CorrelationMatrix.REPAIR_FLOOR - 1e-12);
    int n = legs.size();
    double[][] rounded = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        rounded[i][j] = Math.round(r.matrix()[i][j] * 1e6) / 1e6;
      }
    }
    CorrelationMatrix.validate(rounded, n, 1e-8);
  }

  /** A model of the type on the season's played props with FeatureSet features, seed 42. */
  private static PropModel trained(ModelType type, Map<String, Object> hyperParameters) {
    var index = HistoryIndexes.of(data);
    List<com.betterbros.props.model.core.TrainingRow> rows = Dataset.build(data, index, p -> true).stream()
        .filter(r -> r.actual() != null).map(Dataset.Row::trainingRow).toList();
    return PropModelTrainer.train(rows, FeatureSet.NAMES,
        new TrainingConfig(type, hyperParameters, 42, 0.25), null);
  }

  @Test
  @DisplayName("with a regression model, residuals are (actual - the model's projected mean) / sd, and correlations hold")
  void residualsAgainstTheModelMean() {
    PropModel model = trained(ModelType.XGB_NB_REGRESSION, Map.of("trees", 60));
    var index = HistoryIndexes.of(data);
    CorrelationEstimator byModel = new CorrelationEstimator(index, model);
    List<Prop> props = board();
    Prop pts = find(props, props.get(0).playerId(), "points");
    LegRef leg = leg(pts, true);
    assertThat(byModel.meanSource(leg)).isEqualTo("model");
    assertThat(estimator.meanSource(leg)).isEqualTo("projection");
    // one game's residual, recomputed by hand from the model's prediction
    Residuals residuals = new Residuals(index, model);
    Map<String, Double> series = residuals.of(pts.playerId(), "points", leg.date(), true);
    String gameId = series.keySet().iterator().next();
    com.betterbros.props.history.core.PlayerGameStat stat = index.playerStatsBefore(pts.playerId(), leg.date())
        .stream().filter(s -> gameId.equals(s.gameId())).findFirst().orElseThrow();
    double[] features = com.betterbros.props.features.core.FeatureBuilder.build(index,
        com.betterbros.props.features.core.FeatureRequest.forGame(pts.playerId(), stat.teamId(),
            index.game(gameId), "points", null));
    double mean = model.predict(List.of(new PredictionInput("points", 20.5, features))).get(0)
        .projectedMean();
    double sd = Math.max(1, features[FeatureSet.indexOf("std_10")]);
    assertThat(series.get(gameId)).isCloseTo((stat.value("points") - mean) / sd,
        org.assertj.core.data.Offset.offset(1e-9));
    assertThat(mean).isNotCloseTo(features[FeatureSet.indexOf("projection")],
        org.assertj.core.data.Offset.offset(1e-6));
    // the strong same-player link survives the change of mean
    Prop pra = find(props, pts.playerId(), "pts_rebs_asts");
    PairEstimate e = byModel.estimate(leg, leg(pra, true));
    assertThat(e.sample()).isGreaterThan(0.5);
    // a classifier has no mean: projection
    PropModel classifier = trained(ModelType.LOGISTIC_SGD, Map.of());
    assertThat(new CorrelationEstimator(index, classifier).meanSource(leg)).isEqualTo("projection");
    assertThat(new Residuals(index, classifier).of(pts.playerId(), "points", leg.date(), true))
        .isEqualTo(new Residuals(index, null).of(pts.playerId(), "points", leg.date(), true));
  }
}
