package com.betterbros.props.model.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TrainingConfigTest {

  @Test
  @DisplayName("Model types parse from their wire names, case-insensitively; others fail by name")
  void modelTypes() {
    assertThat(ModelType.parse("xgb_nb_regression")).isEqualTo(ModelType.XGB_NB_REGRESSION);
    assertThat(ModelType.parse(" XGB_Classifier ")).isEqualTo(ModelType.XGB_CLASSIFIER);
    assertThat(ModelType.parse("logistic_sgd").wireName()).isEqualTo("logistic_sgd");
    assertThat(ModelType.LOGISTIC_SGD).hasToString("logistic_sgd");
    assertThatThrownBy(() -> ModelType.parse("random_forest"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("random_forest");
    assertThatThrownBy(() -> ModelType.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Defaults hold every parameter a type uses, with the documented values")
  void defaults() {
    TrainingConfig nb = TrainingConfig.defaults(ModelType.XGB_NB_REGRESSION);
    assertThat(nb.hyperParameters()).containsOnlyKeys("trees", "max_depth", "eta", "subsample",
        "colsample_bytree", "min_child_weight", "l2", "l1", "gamma", "objective",
        "tweedie_power", "line_feature_prefix", "calibration");
    assertThat(nb.stringParameter(HyperParameter.CALIBRATION)).isEqualTo("auto");
    assertThatThrownBy(() -> new TrainingConfig(ModelType.XGB_NB_REGRESSION, java.util.Map.of("calibration", "magic"),
        42, 0.25)).hasMessageContaining("calibration must be auto, lines or distribution");
    assertThat(nb.intParameter(HyperParameter.TREES)).isEqualTo(400);
    assertThat(nb.intParameter(HyperParameter.MAX_DEPTH)).isEqualTo(4);
    assertThat(nb.stringParameter(HyperParameter.OBJECTIVE)).isEqualTo("squared_error");
    assertThat(nb.seed()).isEqualTo(42);
    assertThat(nb.calibrationFraction()).isEqualTo(0.25);

    TrainingConfig xgb = TrainingConfig.defaults(ModelType.XGB_CLASSIFIER);
    assertThat(xgb.hyperParameters()).doesNotContainKeys("objective", "epochs");
    assertThat(xgb.doubleParameter(HyperParameter.MIN_CHILD_WEIGHT)).isEqualTo(100.0);
    assertThat(TrainingConfig.defaults(ModelType.LOGISTIC_SGD).hyperParameters())
        .containsOnly(Map.entry("epochs", 20), Map.entry("learning_rate", 0.05),
            Map.entry("minibatch_size", 32));
  }

  @Test
  @DisplayName("Overrides merge over the defaults; JSON numbers are normalised")
  void overrides() {
    TrainingConfig cfg = new TrainingConfig(ModelType.XGB_CLASSIFIER,
        Map.of("trees", 50L, "eta", 0.1, "max_depth", 3.0), 7, 0.3);

    assertThat(cfg.hyperParameters()).containsEntry("trees", 50).containsEntry("eta", 0.1)
        .containsEntry("max_depth", 3).containsEntry("subsample", 0.8);
    assertThat(cfg.seed()).isEqualTo(7);
    assertThatThrownBy(() -> cfg.hyperParameters().put("eta", 1.0))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> cfg.intParameter(HyperParameter.EPOCHS))
        .hasMessageContaining("epochs");
  }

  @Test
  @DisplayName("A bad hyper-parameter fails with its key in the message")
  void badParameters() {
    assertFails(ModelType.XGB_CLASSIFIER, Map.of("foo", 1), "unknown hyper-parameter: foo");
    assertFails(ModelType.XGB_CLASSIFIER, Map.of("epochs", 3),
        "epochs is not used by model type xgb_classifier");
    assertFails(ModelType.XGB_NB_REGRESSION, Map.of("trees", 10.5), "trees must be an integer");
    assertFails(ModelType.XGB_NB_REGRESSION, Map.of("eta", 2), "eta must be in");
    assertFails(ModelType.XGB_NB_REGRESSION, Map.of("eta", "fast"), "eta must be a finite number");
    assertFails(ModelType.XGB_NB_REGRESSION, Map.of("objective", "poisson"), "objective");
    assertFails(ModelType.LOGISTIC_SGD, Map.of("learning_rate", Double.NaN), "learning_rate");
    assertThatThrownBy(() -> new TrainingConfig(ModelType.LOGISTIC_SGD, Map.of(), 1, 0.7))
        .hasMessageContaining("calibration_fraction");
  }

  private static void assertFails(ModelType type, Map<String, Object> params, String message) {
    assertThatThrownBy(() -> new TrainingConfig(type, params, 1, 0.25))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
  }
}
