package com.betterbros.props.model.core;

import com.betterbros.props.math.IsotonicCalibrator;
import com.google.protobuf.InvalidProtocolBufferException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * What the three model types share: the feature layout, the isotonic calibrator on top of the raw
 * P(over), Tribuo datasets and (de)serialisation.
 */
abstract class CalibratedModel implements PropModel {

  final FeatureLayout layout;
  final IsotonicCalibrator calibrator;

  CalibratedModel(FeatureLayout layout, IsotonicCalibrator calibrator) {
    this.layout = layout;
    this.calibrator = calibrator;
  }

  @Override
  public List<String> featureNames() {
    return layout.featureNames();
  }

  @Override
  public List<String> statTypes() {
    return layout.statTypes();
  }

  /**
   * Each input's margin as computed by the Tribuo model's own prediction: the mean (squared error)
   * or log-mean (tweedie) for the regression, the log-odds of the raw P(over) for the classifiers.
   * {@link #explain} contributions (all of them) plus {@link #biases} add up to it.
   */
  abstract double[] margins(List<PredictionInput> inputs);

  /** Each input's bias term of {@link #explain} (the margin when every contribution is zero). */
  abstract double[] biases(List<PredictionInput> inputs);

  /**
   * Predictions of a classifier: the calibrated P(over) only (a classifier has no distribution of
   * the stat, so no projected mean or interval).
   */
  List<LegPrediction> calibratedOnly(double[] rawPOver) {
    List<LegPrediction> out = new ArrayList<>(rawPOver.length);
    for (double p : rawPOver) {
      out.add(new LegPrediction(calibrator.apply(p), Double.NaN, Double.NaN, Double.NaN));
    }
    return out;
  }

  /** The examples of a batch, with the output type's unknown output. */
  <T extends Output<T>> List<Example<T>> examples(List<PredictionInput> inputs, T unknown) {
    List<Example<T>> examples = new ArrayList<>(inputs.size());
    for (PredictionInput in : inputs) {
      examples.add(layout.example(unknown, in.statType(), in.features()));
    }
    return examples;
  }

  /** The envelope bytes of this model. */
  byte[] envelope(Model<?> model, Map<String, Double> numbers) {
    return new ModelEnvelope(type(), layout.featureNames(), layout.modelFeatures(),
        layout.statTypes(), calibrator, numbers, model.serialize().toByteArray()).write();
  }

  /** A Tribuo dataset of training rows, the output of each row given by {@code output}. */
  static <T extends Output<T>> MutableDataset<T> dataset(FeatureLayout layout,
      List<TrainingRow> rows, OutputFactory<T> factory, Function<TrainingRow, T> output) {
    LocalDate first = rows.getFirst().date();
    LocalDate last = rows.getLast().date();
    MutableDataset<T> data = new MutableDataset<>(
        new SimpleDataSourceProvenance("props " + first + ".." + last, factory), factory);
    for (TrainingRow row : rows) {
      data.add(layout.example(output.apply(row), row.statType(), row.features()));
    }
    return data;
  }

  /** Pseudo-rows each calibration block is shrunk toward its raw probability with. */
  static final double CALIBRATION_PRIOR = 10;

  /**
   * The isotonic calibrator fitted on the raw P(over) and outcomes of the calibration rows, tail-safe
   * ({@link IsotonicCalibrator#fitAnchored}, {@value #CALIBRATION_PRIOR} pseudo-rows per block): posted
   * lines sit near the median, so the window's raw range is narrow; beyond it the map runs to (0, 0)
   * and (1, 1) instead of holding the nearest block's rate, and a small extreme block (a handful of
   * rows, all overs) is pulled toward its raw probability instead of to 1.
   */
  static IsotonicCalibrator calibrate(double[] rawPOver, List<TrainingRow> rows) {
    int[] y = new int[rawPOver.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = rows.get(i).over();
    }
    return IsotonicCalibrator.fitAnchored(rawPOver, y, CALIBRATION_PRIOR);
  }

  /** The inputs of training rows (priced at their posted line). */
  static List<PredictionInput> inputs(List<TrainingRow> rows) {
    return rows.stream()
        .map(r -> new PredictionInput(r.statType(), r.line(), r.features())).toList();
  }

  /**
   * The Tribuo model of an envelope, checked to predict {@code outputClass}.
   *
   * @throws IllegalArgumentException when the bytes are not such a model
   */
  static Model<?> tribuo(ModelEnvelope envelope, Class<? extends Output<?>> outputClass) {
    try {
      Model<?> model = Model.deserialize(ModelProto.parseFrom(envelope.tribuoModel()));
      if (!model.validate(outputClass)) {
        throw new IllegalArgumentException("stored Tribuo model does not predict "
            + outputClass.getSimpleName());
      }
      return model;
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalArgumentException("corrupt Tribuo model: " + e.getMessage(), e);
    }
  }
}
