package com.betterbros.props.model.core;

import java.util.List;

/**
 * A trained, calibrated prop model: P(over) for any line of a supported stat type, in batch.
 * Implementations are immutable; {@code predict} and {@code explain} may be called from several
 * threads (calls into XGBoost's native booster are serialised per model).
 *
 * <p>Train with {@link PropModelTrainer#train}; store with {@link #serialize()} and load with
 * {@link #deserialize(byte[])}.
 */
public interface PropModel {

  /** The model family. */
  ModelType type();

  /** The feature names, in the order every feature vector must follow. */
  List<String> featureNames();

  /** The stat types the model was trained on (others are rejected), sorted. */
  List<String> statTypes();

  /**
   * Calibrated predictions for a batch, in input order. The whole batch goes through ONE Tribuo
   * {@code predict(Iterable)} call, never one call per row.
   *
   * @throws IllegalArgumentException naming an unsupported stat type, or for a feature vector of
   *     the wrong length or with an infinite value
   */
  List<LegPrediction> predict(List<PredictionInput> inputs);

  /**
   * The {@code top} largest-|value| feature contributions of each input, in input order: TreeSHAP
   * values from XGBoost's contribution output for the tree models (on the regression's mean scale,
   * or on the classifier's log-odds of the raw P(over)), exact w_i z_i terms on the log-odds of
   * the raw P(over) for the logistic model (z_i the standardised feature). Contributions plus the
   * model's bias add up to that margin; the stat-type indicators are reported as one
   * "stat_type" contribution.
   *
   * @throws IllegalArgumentException as for {@link #predict}
   */
  List<List<Contribution>> explain(List<PredictionInput> inputs, int top);

  /**
   * The served predictive distribution of each input's stat, in input order, for the models that
   * have one (the regression: calibrated NB); empty for the classifiers, which price one line.
   */
  default List<com.betterbros.props.math.CalibratedCounts> distributions(List<PredictionInput> inputs) {
    return List.of();
  }

  /**
   * The model as one self-describing byte array: the Tribuo protobuf model
   * ({@code Model.serialize().toByteArray()}) with the calibrator, feature layout and dispersion,
   * in the container described by {@code ModelEnvelope}.
   */
  byte[] serialize();

  /**
   * Loads a model written by {@link #serialize()}; its predictions are identical to the
   * original's.
   *
   * @throws IllegalArgumentException when the bytes are not a serialised prop model
   */
  static PropModel deserialize(byte[] bytes) {
    ModelEnvelope envelope = ModelEnvelope.read(bytes);
    return switch (envelope.type()) {
      case XGB_NB_REGRESSION -> NbRegressionModel.restore(envelope);
      case XGB_CLASSIFIER -> XgbClassifierModel.restore(envelope);
      case LOGISTIC_SGD -> LogisticModel.restore(envelope);
    };
  }
}
