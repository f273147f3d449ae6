package com.betterbros.props.model;

import com.betterbros.props.math.IsotonicCalibrator;
import com.betterbros.props.math.NegativeBinomial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer;
import org.tribuo.regression.xgboost.XGBoostRegressionTrainer.RegressionType;

/**
 * XGB_NB_REGRESSION: one pooled XGBoost regression of the stat value, X ~ NB(mu, r_stat) around
 * its prediction mu, and isotonic calibration of P(X > line).
 *
 * <p>One pooled model with stat-type indicators rather than one per stat: a mixed batch is one
 * Tribuo predict call, every stat shares what minutes, rest and home do, and each stat's own level
 * comes from its rolling-mean features and the indicator. The mean ignores the line-relative
 * features (names starting with line_feature_prefix) so that mu does not move with the priced
 * line; then P(over) = 1 - F_NB(floor(line); mu, r) is non-increasing in the line and defined for
 * any line, posted or not.
 *
 * <p>The size r of each stat type is the maximum-likelihood fit (NegativeBinomial.fitSize) on the
 * calibration window's out-of-sample residuals: in-sample residuals of boosted trees are shrunk
 * and would make r too large (too confident). The 80% interval is the NB 10% and 90% quantiles.
 */
final class NbRegressionModel extends CalibratedModel {

  /** Smallest mean passed to the NB (a squared-error tree sum can be 0 or negative). */
  static final double MIN_MEAN = 0.01;
  private static final String SIZE = "size:";
  private static final Regressor UNKNOWN = RegressionFactory.UNKNOWN_REGRESSOR;

  private final XGBoostModel<Regressor> model;
  private final boolean logLink;
  private final Map<String, Double> size;

  private NbRegressionModel(FeatureLayout layout, XGBoostModel<Regressor> model, boolean logLink,
      Map<String, Double> size, IsotonicCalibrator calibrator) {
    super(layout, calibrator);
    this.model = model;
    this.logLink = logLink;
    this.size = Map.copyOf(size);
    model.setNumThreads(XgbSupport.THREADS);
  }

  /** Trains the stage model, fits r and the calibrator on the window, refits on every row. */
  static NbRegressionModel train(PropModelTrainer.WalkForward split, List<String> featureNames,
      List<String> statTypes, TrainingConfig cfg, DoubleConsumer progress) {
    String prefix = cfg.stringParameter(HyperParameter.LINE_FEATURE_PREFIX);
    FeatureLayout layout = new FeatureLayout(featureNames, statTypes, n -> n.startsWith(prefix));
    boolean logLink = "tweedie".equals(cfg.stringParameter(HyperParameter.OBJECTIVE));
    NbRegressionModel stage = new NbRegressionModel(layout,
        fit(layout, split.fitRows(), cfg), logLink, Map.of(), null);
    progress.accept(45);
    List<TrainingRow> window = split.calibrationRows();
    double[] mu = stage.means(inputs(window));
    Map<String, Double> size = new LinkedHashMap<>();
    for (String stat : statTypes) {
      List<Integer> idx = new ArrayList<>();
      for (int i = 0; i < window.size(); i++) {
        if (window.get(i).statType().equals(stat)) {
          idx.add(i);
        }
      }
      // Too few window rows of a stat: fit r on the whole window instead.
      List<Integer> use = idx.size() >= 30 ? idx : java.util.stream.IntStream
          .range(0, window.size()).boxed().toList();
      double[] y = use.stream().mapToDouble(i -> window.get(i).actual()).toArray();
      double[] m = use.stream().mapToDouble(i -> mu[i]).toArray();
      size.put(stat, NegativeBinomial.fitSize(y, m));
    }
    double[] raw = new double[window.size()];
    for (int i = 0; i < raw.length; i++) {
      TrainingRow row = window.get(i);
      raw[i] = NegativeBinomial.probabilityOver(row.line(), mu[i], size.get(row.statType()));
    }
    IsotonicCalibrator calibrator = calibrate(raw, window);
    progress.accept(55);
    XGBoostModel<Regressor> last = fit(layout, split.allRows(), cfg);
    progress.accept(95);
    return new NbRegressionModel(layout, last, logLink, size, calibrator);
  }

  private static XGBoostModel<Regressor> fit(FeatureLayout layout, List<TrainingRow> rows,
      TrainingConfig cfg) {
    boolean tweedie = "tweedie".equals(cfg.stringParameter(HyperParameter.OBJECTIVE));
    var params = XgbSupport.parameters(cfg, tweedie ? "reg:tweedie" : "reg:squarederror");
    if (tweedie) {
      params.put("tweedie_variance_power", cfg.doubleParameter(HyperParameter.TWEEDIE_POWER));
    }
    var trainer = new XGBoostRegressionTrainer(
        tweedie ? RegressionType.TWEEDIE : RegressionType.LINEAR,
        cfg.intParameter(HyperParameter.TREES), params);
    return trainer.train(CalibratedModel.dataset(layout, rows, new RegressionFactory(),
        r -> new Regressor("value", r.actual())), Map.of());
  }

  static NbRegressionModel restore(ModelEnvelope envelope) {
    @SuppressWarnings("unchecked")
    XGBoostModel<Regressor> model =
        (XGBoostModel<Regressor>) tribuo(envelope, Regressor.class);
    Map<String, Double> size = new LinkedHashMap<>();
    envelope.numbers().forEach((k, v) -> {
      if (k.startsWith(SIZE)) {
        size.put(k.substring(SIZE.length()), v);
      }
    });
    boolean logLink = envelope.numbers().getOrDefault("log_link", 0.0) == 1.0;
    return new NbRegressionModel(FeatureLayout.of(envelope), model, logLink, size,
        envelope.calibrator());
  }

  @Override
  public ModelType type() {
    return ModelType.XGB_NB_REGRESSION;
  }

  /** The NB size r of each stat type (+Infinity = Poisson). */
  Map<String, Double> sizes() {
    return size;
  }

  @Override
  public List<LegPrediction> predict(List<PredictionInput> inputs) {
    double[] mu = means(inputs);
    List<LegPrediction> out = new ArrayList<>(inputs.size());
    for (int i = 0; i < mu.length; i++) {
      PredictionInput in = inputs.get(i);
      double r = size.get(in.statType());
      double raw = NegativeBinomial.probabilityOver(in.line(), mu[i], r);
      out.add(new LegPrediction(calibrator.apply(raw), mu[i],
          NegativeBinomial.quantile(0.1, mu[i], r), NegativeBinomial.quantile(0.9, mu[i], r)));
    }
    return out;
  }

  /** The predicted means (floored at {@link #MIN_MEAN}): one Tribuo batch call. */
  double[] means(List<PredictionInput> inputs) {
    double[] margins = margins(inputs);
    double[] mu = new double[margins.length];
    for (int i = 0; i < mu.length; i++) {
      mu[i] = Math.max(MIN_MEAN, logLink ? Math.exp(margins[i]) : margins[i]);
    }
    return mu;
  }

  @Override
  double[] margins(List<PredictionInput> inputs) {
    List<Example<Regressor>> examples = examples(inputs, UNKNOWN);
    List<Prediction<Regressor>> predictions;
    synchronized (this) {
      predictions = model.predict(examples);
    }
    // Tribuo reports the response: the mean itself, exp(margin) under tweedie's log link.
    return predictions.stream().mapToDouble(p -> p.getOutput().getValues()[0])
        .map(v -> logLink ? Math.log(v) : v).toArray();
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
    int n = model.getFeatureIDMap().size();
    float[][] rows = contributions(inputs);
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
    Map<String, Double> numbers = new LinkedHashMap<>();
    numbers.put("log_link", logLink ? 1.0 : 0.0);
    size.forEach((stat, r) -> numbers.put(SIZE + stat, r));
    return envelope(model, numbers);
  }
}
