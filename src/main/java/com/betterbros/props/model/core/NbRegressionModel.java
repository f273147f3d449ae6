package com.betterbros.props.model.core;

import com.betterbros.props.math.CalibratedCounts;
import com.betterbros.props.math.IsotonicCalibrator;
import com.betterbros.props.math.NegativeBinomial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tribuo.Example;
import org.tribuo.Prediction;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

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
 * <p>Pooling with squared error would let the high-variance stats (points, pts_rebs_asts) drive
 * every split and leave low counts (threes, assists, which share line values) in mixed, biased
 * leaves. So the target is each stat divided by its scale (its mean over the training rows):
 * every stat's target has mean 1, and mu = scale_stat x f(x).
 *
 * <p>The size r of each stat type is the maximum-likelihood fit (NegativeBinomial.fitSize) on the
 * calibration window's out-of-sample residuals: in-sample residuals of boosted trees are shrunk
 * and would make r too large (too confident). What is served comes from one predictive
 * distribution, the calibrated NB S*(k) = g(P_NB(X &gt; k)) ({@link CalibratedCounts}): P(over), the
 * projected mean E*[X] and the 80% interval [q10, q90] agree, unlike a calibrated P(over) beside
 * the raw NB's mean and quantiles.
 */
final class NbRegressionModel extends CalibratedModel {

  /** Smallest mean passed to the NB (a squared-error tree sum can be 0 or negative). */
  static final double MIN_MEAN = 0.01;
  private static final String SIZE = "size:";
  private static final String SCALE = "scale:";
  private static final String DCAL = "dcal:";
  private static final Regressor UNKNOWN = RegressionFactory.UNKNOWN_REGRESSOR;

  private final XGBoostModel<Regressor> model;
  private final Map<String, Double> scale;
  private final boolean logLink;
  private final Map<String, Double> size;
  /** Per stat type, the distribution calibrator fitted on that stat's window rows (else the pooled one). */
  private final Map<String, IsotonicCalibrator> byStat;

  NbRegressionModel(FeatureLayout layout, XGBoostModel<Regressor> model,
      Map<String, Double> scale, boolean logLink, Map<String, Double> size,
      IsotonicCalibrator calibrator, Map<String, IsotonicCalibrator> byStat) {
    super(layout, calibrator);
    this.model = model;
    this.scale = Collections.unmodifiableMap(new TreeMap<>(scale));
    this.logLink = logLink;
    this.size = Collections.unmodifiableMap(new TreeMap<>(size));
    this.byStat = Collections.unmodifiableMap(new TreeMap<>(byStat));
    model.setNumThreads(XgbSupport.THREADS);
  }

  static NbRegressionModel restore(ModelEnvelope envelope) {
    @SuppressWarnings("unchecked")
    XGBoostModel<Regressor> model =
        (XGBoostModel<Regressor>) tribuo(envelope, Regressor.class);
    Map<String, Double> size = new LinkedHashMap<>();
    Map<String, Double> scale = new LinkedHashMap<>();
    envelope.numbers().forEach((k, v) -> {
      if (k.startsWith(SIZE)) {
        size.put(k.substring(SIZE.length()), v);
      } else if (k.startsWith(SCALE)) {
        scale.put(k.substring(SCALE.length()), v);
      }
    });
    if (!size.keySet().containsAll(envelope.statTypes())
        || !scale.keySet().containsAll(envelope.statTypes())) {
      throw new IllegalArgumentException("corrupt prop model: missing NB size or scale");
    }
    boolean logLink = envelope.numbers().getOrDefault("log_link", 0.0) == 1.0;
    Map<String, IsotonicCalibrator> byStat = new LinkedHashMap<>();
    for (String stat : envelope.statTypes()) {
      Double n = envelope.numbers().get(DCAL + stat + ":n");
      if (n != null) {
        double[] xs = new double[n.intValue()];
        double[] ys = new double[n.intValue()];
        for (int i = 0; i < xs.length; i++) {
          xs[i] = envelope.numbers().get(DCAL + stat + ":x" + i);
          ys[i] = envelope.numbers().get(DCAL + stat + ":y" + i);
        }
        byStat.put(stat, IsotonicCalibrator.of(xs, ys));
      }
    }
    return new NbRegressionModel(FeatureLayout.of(envelope), model, scale, logLink, size,
        envelope.calibrator(), byStat);
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
      CalibratedCounts d = distribution(inputs.get(i).statType(), mu[i]);
      out.add(new LegPrediction(d.probabilityOver(inputs.get(i).line()), d.mean(), d.quantile(0.1),
          d.quantile(0.9)));
    }
    return out;
  }

  /** The served predictive distribution of a stat with NB mean mu: the calibrated NB (see {@link CalibratedCounts}). */
  CalibratedCounts distribution(String statType, double mu) {
    return CalibratedCounts.of(mu, size.get(statType), byStat.getOrDefault(statType, calibrator));
  }

  /** The served distributions of a batch (one Tribuo call), for PIT and interval checks. */
  @Override
  public List<CalibratedCounts> distributions(List<PredictionInput> inputs) {
    double[] mu = means(inputs);
    List<CalibratedCounts> out = new ArrayList<>(mu.length);
    for (int i = 0; i < mu.length; i++) {
      out.add(distribution(inputs.get(i).statType(), mu[i]));
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
    // Tribuo reports the response f: mean / scale, or exp(margin) under tweedie's log link.
    // Margin in stat units: scale f (squared error), or ln(scale) + ln f (tweedie).
    double[] out = new double[predictions.size()];
    for (int i = 0; i < out.length; i++) {
      double f = predictions.get(i).getOutput().getValues()[0];
      double s = scale.get(inputs.get(i).statType());
      out[i] = logLink ? Math.log(s) + Math.log(f) : s * f;
    }
    return out;
  }

  @Override
  public List<List<Contribution>> explain(List<PredictionInput> inputs, int top) {
    float[][] rows = contributions(inputs);
    int n = model.getFeatureIDMap().size();
    List<List<Contribution>> out = new ArrayList<>(rows.length);
    for (int i = 0; i < rows.length; i++) {
      double[] phi = XgbSupport.group(rows[i], 0, n);
      // mu = scale sum(phi) + scale bias: squared-error contributions scale to stat units
      double s = logLink ? 1 : scale.get(inputs.get(i).statType());
      for (int j = 0; j < n; j++) {
        phi[j] *= s;
      }
      out.add(FeatureLayout.top(phi, model.getFeatureIDMap(), top));
    }
    return out;
  }

  @Override
  double[] biases(List<PredictionInput> inputs) {
    int n = model.getFeatureIDMap().size();
    float[][] rows = contributions(inputs);
    double[] out = new double[rows.length];
    for (int i = 0; i < rows.length; i++) {
      double s = scale.get(inputs.get(i).statType());
      double bias = XgbSupport.bias(rows[i], 0, n);
      out[i] = logLink ? Math.log(s) + bias : s * bias;
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
    scale.forEach((stat, v) -> numbers.put(SCALE + stat, v));
    // Per-stat calibrators ride in the envelope's numbers: dcal:<stat>:n, dcal:<stat>:x<i>, dcal:<stat>:y<i>.
    byStat.forEach((stat, g) -> {
      double[] xs = g.xs();
      double[] ys = g.ys();
      numbers.put(DCAL + stat + ":n", (double) xs.length);
      for (int i = 0; i < xs.length; i++) {
        numbers.put(DCAL + stat + ":x" + i, xs[i]);
        numbers.put(DCAL + stat + ":y" + i, ys[i]);
      }
    });
    return envelope(model, numbers);
  }
}
