package com.betterbros.props.model.core;

import com.betterbros.props.math.IsotonicCalibrator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer.RegressionType;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;

/**
 * XGB_CLASSIFIER: a boosted-tree over/under classifier on all features (line-relative ones
 * included), fitted by XGBoost with the Brier loss, then isotonic calibration.
 *
 * <p>The trees are fitted to the 0/1 over indicator with squared error, i.e. they minimise the
 * Brier score, a proper scoring rule, so the fit estimates P(over) directly; it is clamped to
 * [1e-6, 1 - 1e-6] before calibration. Line-relative features (names starting with
 * line_feature_prefix, each increasing in the line) get XGBoost monotone constraint -1, so P(over)
 * is provably non-increasing in the line. Why not Tribuo's XGBoostClassificationTrainer: in Tribuo
 * 4.3.2 it always trains multi:softprob (one tree per class per round; binary:logistic fails on
 * the num_class it sets), and XGBoost applies one constraint vector to both classes' trees, so
 * log(P(over) / P(under)) = m_over - m_under is not monotone (PropModelBehaviourTest caught a
 * rise at a points line). TreeSHAP contributions are on the probability scale. There is no
 * distribution of the stat, so the projected mean and the interval are NaN.
 */
final class XgbClassifierModel extends CalibratedModel {

  static final double CLAMP = 1e-6;
  private static final Regressor UNKNOWN = RegressionFactory.UNKNOWN_REGRESSOR;

  private final XGBoostModel<Regressor> model;

  private XgbClassifierModel(FeatureLayout layout, XGBoostModel<Regressor> model,
      IsotonicCalibrator calibrator) {
    super(layout, calibrator);
    this.model = model;
    model.setNumThreads(XgbSupport.THREADS);
  }

  /** Trains the stage model, fits the calibrator on the window, refits on every row. */
  static XgbClassifierModel train(PropModelTrainer.WalkForward split, List<String> featureNames,
      List<String> statTypes, TrainingConfig cfg, DoubleConsumer progress) {
    FeatureLayout layout = new FeatureLayout(featureNames, statTypes, n -> false);
    XgbClassifierModel stage =
        new XgbClassifierModel(layout, fit(layout, split.fitRows(), cfg), null);
    progress.accept(45);
    double[] raw = stage.rawPOver(inputs(split.calibrationRows()));
    IsotonicCalibrator calibrator = calibrate(raw, split.calibrationRows());
    progress.accept(55);
    XGBoostModel<Regressor> last = fit(layout, split.allRows(), cfg);
    progress.accept(95);
    return new XgbClassifierModel(layout, last, calibrator);
  }

  private static XGBoostModel<Regressor> fit(FeatureLayout layout, List<TrainingRow> rows,
      TrainingConfig cfg) {
    MutableDataset<Regressor> data = dataset(layout, rows, new RegressionFactory(),
        r -> new Regressor("over", r.over()));
    int overs = rows.stream().mapToInt(TrainingRow::over).sum();
    if (overs == 0 || overs == rows.size()) {
      throw new IllegalArgumentException("training rows must contain both overs and unders");
    }
    Map<String, Object> params = XgbSupport.parameters(cfg, "reg:squarederror");
    params.put("monotone_constraints", XgbSupport.decreasingIn(data.getFeatureIDMap(),
        cfg.stringParameter(HyperParameter.LINE_FEATURE_PREFIX)));
    return new XGBoostRegressionTrainer(RegressionType.LINEAR,
        cfg.intParameter(HyperParameter.TREES), params).train(data, Map.of());
  }

  static XgbClassifierModel restore(ModelEnvelope envelope) {
    @SuppressWarnings("unchecked")
    XGBoostModel<Regressor> model = (XGBoostModel<Regressor>) tribuo(envelope, Regressor.class);
    return new XgbClassifierModel(FeatureLayout.of(envelope), model, envelope.calibrator());
  }

  @Override
  public ModelType type() {
    return ModelType.XGB_CLASSIFIER;
  }

  @Override
  public List<LegPrediction> predict(List<PredictionInput> inputs) {
    return calibratedOnly(rawPOver(inputs));
  }

  /** Uncalibrated P(over), the clamped tree sum: one Tribuo batch call. */
  double[] rawPOver(List<PredictionInput> inputs) {
    double[] margins = margins(inputs);
    for (int i = 0; i < margins.length; i++) {
      margins[i] = Math.min(1 - CLAMP, Math.max(CLAMP, margins[i]));
    }
    return margins;
  }

  @Override
  double[] margins(List<PredictionInput> inputs) {
    var examples = examples(inputs, UNKNOWN);
    List<Prediction<Regressor>> predictions;
    synchronized (this) {
      predictions = model.predict(examples);
    }
    return predictions.stream().mapToDouble(p -> p.getOutput().getValues()[0]).toArray();
  }

  @Override
  public List<List<Contribution>> explain(List<PredictionInput> inputs, int top) {
    float[][] rows = contributions(inputs);
    int n = model.getFeatureIDMap().size();
    List<List<Contribution>> out = new ArrayList<>(rows.length);
    for (float[] row : rows) {
      out.add(FeatureLayout.top(XgbSupport.group(row, 0, n), model.getFeatureIDMap(), top));
    }
    return out;
  }

  @Override
  double[] biases(List<PredictionInput> inputs) {
    float[][] rows = contributions(inputs);
    int n = model.getFeatureIDMap().size();
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      out[i] = XgbSupport.bias(rows[i], 0, n);
    }
    return out;
  }

  private synchronized float[][] contributions(List<PredictionInput> inputs) {
    return XgbSupport.contributions(model, examples(inputs, UNKNOWN));
  }

  @Override
  public byte[] serialize() {
    return envelope(model, Map.of());
  }
}
