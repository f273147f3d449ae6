package com.betterbros.props.model.core;

import com.betterbros.props.math.IsotonicCalibrator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.stream.IntStream;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.TransformedModel;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * LOGISTIC_SGD: Tribuo's linear SGD classifier with the logistic (softmax) loss, AdaGrad (Duchi,
 * Hazan and Singer, JMLR 2011), on features standardised by Tribuo's MeanStdDevTransformation
 * (z = (x - mean) / sd, fitted on the training rows; a missing value is replaced by the training
 * mean, i.e. z = 0), then isotonic calibration. Features constant on the training rows are dropped (their sd is
 * 0). With two classes, log(P(over) / P(under)) = sum_i (w_over,i - w_under,i) z_i + (b_over -
 * b_under), so the explanation's terms are exact. No distribution of the stat: the projected mean
 * and the interval are NaN.
 */
final class LogisticModel extends CalibratedModel {

  static final Label OVER = new Label("over");
  static final Label UNDER = new Label("under");

  private static final String IMPUTE = "impute:";

  private final TransformedModel<Label> model;
  private final LinearSGDModel linear;
  /** Per feature (caller's order): the training mean that replaces a missing value. */
  private final double[] impute;

  private LogisticModel(FeatureLayout layout, TransformedModel<Label> model,
      IsotonicCalibrator calibrator, double[] impute) {
    super(layout, calibrator);
    this.model = model;
    this.linear = (LinearSGDModel) model.getInnerModel();
    this.impute = impute;
  }

  /** Trains the stage model, fits the calibrator on the window, refits on every row. */
  static LogisticModel train(PropModelTrainer.WalkForward split, List<String> featureNames,
      List<String> statTypes, TrainingConfig cfg, DoubleConsumer progress) {
    List<TrainingRow> all = split.allRows();
    // A feature with one value on every training row cannot be standardised: leave it out.
    List<String> constant = IntStream.range(0, featureNames.size())
        .filter(j -> all.stream().mapToDouble(r -> r.features()[j]).filter(v -> !Double.isNaN(v))
            .distinct().limit(2).count() < 2)
        .mapToObj(featureNames::get).toList();
    FeatureLayout layout = new FeatureLayout(featureNames, statTypes, constant::contains);
    double[] stageMeans = means(split.fitRows(), featureNames.size());
    LogisticModel stage = new LogisticModel(layout, fit(layout, imputed(split.fitRows(), stageMeans), cfg), null,
        stageMeans);
    progress.accept(45);
    double[] raw = stage.rawPOver(inputs(split.calibrationRows()));
    IsotonicCalibrator calibrator = calibrate(raw, split.calibrationRows());
    progress.accept(55);
    double[] means = means(all, featureNames.size());
    TransformedModel<Label> last = fit(layout, imputed(all, means), cfg);
    progress.accept(95);
    return new LogisticModel(layout, last, calibrator, means);
  }

  /**
   * Mean imputation (z = 0 after standardisation): a missing feature is given its training mean
   * before Tribuo sees it. Tribuo's LinearSGD cannot mix sparse and dense examples in one
   * minibatch, and the mean is where the standardised model would put a missing value anyway.
   */
  private static double[] means(List<TrainingRow> rows, int n) {
    double[] sum = new double[n];
    int[] count = new int[n];
    for (TrainingRow r : rows) {
      for (int j = 0; j < n; j++) {
        double v = r.features()[j];
        if (!Double.isNaN(v)) {
          sum[j] += v;
          count[j]++;
        }
      }
    }
    double[] mean = new double[n];
    for (int j = 0; j < n; j++) {
      mean[j] = count[j] == 0 ? 0 : sum[j] / count[j];
    }
    return mean;
  }

  private static double[] fill(double[] features, double[] means) {
    double[] out = null;
    for (int j = 0; j < features.length; j++) {
      if (Double.isNaN(features[j])) {
        out = out == null ? features.clone() : out;
        out[j] = means[j];
      }
    }
    return out == null ? features : out;
  }

  private static List<TrainingRow> imputed(List<TrainingRow> rows, double[] means) {
    return rows.stream().map(r -> new TrainingRow(r.propId(), r.date(), r.statType(), r.line(),
        fill(r.features(), means), r.actual(), r.pTrue())).toList();
  }

  private List<PredictionInput> imputed(List<PredictionInput> inputs) {
    return inputs.stream().map(in -> new PredictionInput(in.statType(), in.line(), fill(in.features(), impute)))
        .toList();
  }

  private static TransformedModel<Label> fit(FeatureLayout layout, List<TrainingRow> rows,
      TrainingConfig cfg) {
    var sgd = new LinearSGDTrainer(new LogMulticlass(),
        new AdaGrad(cfg.doubleParameter(HyperParameter.LEARNING_RATE), 1e-6),
        cfg.intParameter(HyperParameter.EPOCHS), -1,
        cfg.intParameter(HyperParameter.MINIBATCH_SIZE), cfg.seed());
    var trainer = new TransformTrainer<>(sgd,
        new TransformationMap(List.of(new MeanStdDevTransformation())));
    var data = dataset(layout, rows, new LabelFactory(),
        r -> r.over() == 1 ? OVER : UNDER);
    if (data.getOutputs().size() != 2) {
      throw new IllegalArgumentException("training rows must contain both overs and unders");
    }
    return trainer.train(data);
  }

  static LogisticModel restore(ModelEnvelope envelope) {
    Object model = tribuo(envelope, Label.class);
    if (!(model instanceof TransformedModel<?> t)
        || !(t.getInnerModel() instanceof LinearSGDModel)) {
      throw new IllegalArgumentException("stored Tribuo model is not a standardised linear model");
    }
    @SuppressWarnings("unchecked")
    TransformedModel<Label> typed = (TransformedModel<Label>) t;
    List<String> names = envelope.featureNames();
    double[] impute = new double[names.size()];
    for (int j = 0; j < impute.length; j++) {
      impute[j] = envelope.numbers().getOrDefault(IMPUTE + names.get(j), 0.0);
    }
    return new LogisticModel(FeatureLayout.of(envelope), typed, envelope.calibrator(), impute);
  }

  @Override
  public ModelType type() {
    return ModelType.LOGISTIC_SGD;
  }

  @Override
  public List<LegPrediction> predict(List<PredictionInput> inputs) {
    return calibratedOnly(rawPOver(inputs));
  }

  /** Uncalibrated P(over): one Tribuo batch call. */
  double[] rawPOver(List<PredictionInput> inputs) {
    List<Prediction<Label>> predictions =
        model.predict(examples(imputed(inputs), LabelFactory.UNKNOWN_LABEL));
    return predictions.stream()
        .mapToDouble(p -> p.getOutputScores().get(OVER.getLabel()).getScore())
        .toArray();
  }

  @Override
  double[] margins(List<PredictionInput> inputs) {
    return Arrays.stream(rawPOver(inputs)).map(p -> Math.log(p / (1 - p))).toArray();
  }

  @Override
  public List<List<Contribution>> explain(List<PredictionInput> inputs, int top) {
    ImmutableFeatureMap map = linear.getFeatureIDMap();
    double[] w = logOddsWeights();
    List<List<Contribution>> out = new ArrayList<>(inputs.size());
    for (Example<Label> e : examples(imputed(inputs), LabelFactory.UNKNOWN_LABEL)) {
      // term_i = (w_over,i - w_under,i) z_i on the standardised example
      double[] terms = new double[map.size()];
      for (Feature f : model.getTransformerMap().transformExample(e)) {
        int id = map.getID(f.getName());
        if (id >= 0) {
          terms[id] = w[id] * f.getValue();
        }
      }
      out.add(FeatureLayout.top(terms, map, top));
    }
    return out;
  }

  @Override
  double[] biases(List<PredictionInput> inputs) {
    double[] w = logOddsWeights();
    double[] out = new double[inputs.size()];
    Arrays.fill(out, w[w.length - 1]);
    return out;
  }

  /** w_over - w_under per feature id, the bias last (Tribuo's weight matrix: outputs x (n + 1)). */
  private double[] logOddsWeights() {
    DenseMatrix weights = linear.getWeightsCopy();
    int over = linear.getOutputIDInfo().getID(OVER);
    int under = linear.getOutputIDInfo().getID(UNDER);
    double[] w = new double[weights.getDimension2Size()];
    for (int j = 0; j < w.length; j++) {
      w[j] = weights.get(over, j) - weights.get(under, j);
    }
    return w;
  }

  @Override
  public byte[] serialize() {
    Map<String, Double> numbers = new java.util.LinkedHashMap<>();
    for (int j = 0; j < impute.length; j++) {
      numbers.put(IMPUTE + layout.featureNames().get(j), impute[j]);
    }
    return envelope(model, numbers);
  }
}
