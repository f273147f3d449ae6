package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PropModelTrainerTest {

  /** The first 15 training dates, for quick trainings. */
  private static final List<TrainingRow> SMALL = SeasonRows.train().stream()
      .filter(r -> r.date().isBefore(SeasonRows.train().getFirst().date().plusDays(15))).toList();

  @Test
  @DisplayName("The walk-forward split holds out the last quarter of the training dates, never a random sample")
  void walkForwardSplit() {
    List<TrainingRow> rows = SeasonRows.train();
    var split = PropModelTrainer.WalkForward.of(rows.reversed(), 0.25);
    List<LocalDate> dates = rows.stream().map(TrainingRow::date).distinct().sorted().toList();
    long windowDates = split.calibrationRows().stream().map(TrainingRow::date).distinct().count();

    assertThat(windowDates).isEqualTo(Math.round(0.25 * dates.size()));
    assertThat(split.calibrationStart()).isEqualTo(dates.get(dates.size() - (int) windowDates));
    assertThat(split.fitRows()).allSatisfy(r ->
        assertThat(r.date()).isBefore(split.calibrationStart()));
    assertThat(split.calibrationRows()).allSatisfy(r ->
        assertThat(r.date()).isAfterOrEqualTo(split.calibrationStart()));
    assertThat(split.fitRows().size() + split.calibrationRows().size()).isEqualTo(rows.size());
    assertThat(split.allRows()).isSortedAccordingTo(
        java.util.Comparator.comparing(TrainingRow::date));
  }

  @Test
  @DisplayName("With two dates the window is one date whatever the fraction; one date is refused")
  void windowBounds() {
    List<TrainingRow> twoDays = SMALL.stream()
        .filter(r -> r.date().isBefore(SMALL.getFirst().date().plusDays(2))).toList();
    var split = PropModelTrainer.WalkForward.of(twoDays, 0.05);
    assertThat(split.fitRows()).isNotEmpty();
    assertThat(split.calibrationRows()).isNotEmpty()
        .allSatisfy(r -> assertThat(r.date()).isEqualTo(twoDays.getLast().date()));

    List<TrainingRow> oneDay = SMALL.stream()
        .filter(r -> r.date().equals(SMALL.getFirst().date())).toList();
    assertThatThrownBy(() -> PropModelTrainer.train(oneDay, SeasonRows.FEATURES,
        TrainingConfig.defaults(ModelType.LOGISTIC_SGD), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 2 dates");
  }

  @Test
  @DisplayName("Training refuses no rows, a wrong-length vector and one-sided outcomes")
  void badTrainingInput() {
    TrainingConfig cfg = TrainingConfig.defaults(ModelType.XGB_CLASSIFIER);
    assertThatThrownBy(() -> PropModelTrainer.train(List.of(), SeasonRows.FEATURES, cfg, null))
        .hasMessageContaining("no training rows");
    assertThatThrownBy(() -> PropModelTrainer.train(SMALL, SeasonRows.FEATURES.subList(0, 5),
        cfg, null)).hasMessageContaining("expected 5");
    List<TrainingRow> overs = SMALL.stream().filter(r -> r.over() == 1).toList();
    assertThatThrownBy(() -> PropModelTrainer.train(overs, SeasonRows.FEATURES, cfg, null))
        .hasMessageContaining("both overs and unders");
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("Progress goes 0, 5, 45, 55, 95, 100")
  void progress(ModelType type) {
    assertThat(TrainedModels.progress(type)).containsExactly(0.0, 5.0, 45.0, 55.0, 95.0, 100.0);
  }

  @ParameterizedTest
  @EnumSource(ModelType.class)
  @DisplayName("The same seed gives identical predictions; another seed gives different ones")
  void seeded(ModelType type) {
    Map<String, Object> small = type == ModelType.LOGISTIC_SGD ? Map.of("epochs", 2)
        : Map.of("trees", 30);
    List<PredictionInput> inputs = SeasonRows.inputs(SeasonRows.holdout().subList(0, 200));
    List<LegPrediction> a = train(type, small, 11).predict(inputs);
    List<LegPrediction> b = train(type, small, 11).predict(inputs);
    List<LegPrediction> c = train(type, small, 12).predict(inputs);

    assertThat(b).isEqualTo(a);
    assertThat(c).isNotEqualTo(a);
  }

  private static PropModel train(ModelType type, Map<String, Object> params, long seed) {
    return PropModelTrainer.train(SMALL, SeasonRows.FEATURES,
        new TrainingConfig(type, params, seed, 0.25), null);
  }
}
