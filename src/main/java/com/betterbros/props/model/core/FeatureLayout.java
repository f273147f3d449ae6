package com.betterbros.props.model.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Example;
import org.tribuo.Feature;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.Output;
import org.tribuo.impl.ArrayExample;

/**
 * How a caller's feature vector becomes a Tribuo {@link Example}: the model's subset of the
 * features (NaN values left out, which XGBoost treats as missing and the standardised linear model
 * as the training mean) plus one-hot stat-type indicators named {@code "stat_type=<type>"}, one per
 * stat type seen in training. Every model type pools all stat types into one Tribuo model, so a
 * mixed batch is one {@code predict(Iterable)} call.
 */
final class FeatureLayout {

  static final String STAT_PREFIX = "stat_type=";
  static final String STAT_GROUP = "stat_type";

  private final List<String> featureNames;
  private final List<String> statTypes;
  private final int[] used;
  private final String[] names;

  /**
   * @param featureNames the caller's feature names, in vector order
   * @param statTypes the stat types the model supports, sorted
   * @param excluded features the Tribuo model must not see
   */
  FeatureLayout(List<String> featureNames, List<String> statTypes, Predicate<String> excluded) {
    this.featureNames = List.copyOf(featureNames);
    this.statTypes = List.copyOf(statTypes);
    if (featureNames.stream().distinct().count() != featureNames.size()) {
      throw new IllegalArgumentException("feature names must be unique");
    }
    this.used = IntStream.range(0, featureNames.size())
        .filter(i -> !excluded.test(featureNames.get(i))).toArray();
    this.names = new String[used.length + statTypes.size()];
    for (int k = 0; k < used.length; k++) {
      names[k] = featureNames.get(used[k]);
      if (names[k].startsWith(STAT_PREFIX)) {
        throw new IllegalArgumentException("feature names must not start with " + STAT_PREFIX);
      }
    }
    for (int s = 0; s < statTypes.size(); s++) {
      names[used.length + s] = STAT_PREFIX + statTypes.get(s);
    }
  }

  List<String> featureNames() {
    return featureNames;
  }

  List<String> statTypes() {
    return statTypes;
  }

  /** The caller's features the Tribuo model sees, in vector order. */
  List<String> modelFeatures() {
    return Arrays.stream(used).mapToObj(featureNames::get).toList();
  }

  /** The layout of a stored model. */
  static FeatureLayout of(ModelEnvelope envelope) {
    Set<String> seen = Set.copyOf(envelope.modelFeatures());
    return new FeatureLayout(envelope.featureNames(), envelope.statTypes(), n -> !seen.contains(n));
  }

  /**
   * The example for one leg.
   *
   * @throws IllegalArgumentException for an unsupported stat type, a vector of the wrong length or
   *     an infinite feature value
   */
  <T extends Output<T>> Example<T> example(T output, String statType, double[] features) {
    int stat = statTypes.indexOf(statType);
    if (stat < 0) {
      throw new IllegalArgumentException("unsupported stat type: " + statType);
    }
    if (features.length != featureNames.size()) {
      throw new IllegalArgumentException("expected " + featureNames.size()
          + " feature values, got " + features.length);
    }
    String[] n = new String[names.length];
    double[] v = new double[names.length];
    int size = 0;
    for (int k = 0; k < used.length; k++) {
      double x = features[used[k]];
      if (Double.isInfinite(x)) {
        throw new IllegalArgumentException("feature " + names[k] + " is infinite");
      }
      if (!Double.isNaN(x)) {
        n[size] = names[k];
        v[size++] = x;
      }
    }
    for (int s = 0; s < statTypes.size(); s++) {
      n[size] = names[used.length + s];
      v[size++] = s == stat ? 1 : 0;
    }
    return new ArrayExample<>(output, Arrays.copyOf(n, size), Arrays.copyOf(v, size));
  }

  /**
   * The examples as an XGBoost CSR matrix in the model's feature-id space, built exactly as
   * Tribuo's XGBoostTrainer.convertExamples does (every present feature, explicit zeros kept), for
   * Booster.predictContrib.
   */
  static DMatrix matrix(List<? extends Example<?>> examples, ImmutableFeatureMap map)
      throws XGBoostError {
    long[] headers = new long[examples.size() + 1];
    List<Integer> indices = new ArrayList<>();
    List<Float> data = new ArrayList<>();
    for (int r = 0; r < examples.size(); r++) {
      for (Feature f : examples.get(r)) {
        int id = map.getID(f.getName());
        if (id >= 0) {
          indices.add(id);
          data.add((float) f.getValue());
        }
      }
      headers[r + 1] = indices.size();
    }
    int[] idx = indices.stream().mapToInt(Integer::intValue).toArray();
    float[] values = new float[data.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = data.get(i);
    }
    return new DMatrix(headers, idx, values, DMatrix.SparseType.CSR, map.size());
  }

  /**
   * The {@code top} largest-|value| contributions of one row, given per-feature-id values; the
   * stat-type indicators are summed into one {@link #STAT_GROUP} contribution.
   */
  static List<Contribution> top(double[] byId, ImmutableFeatureMap map, int top) {
    List<Contribution> all = new ArrayList<>();
    double stat = 0;
    boolean hasStat = false;
    for (int id = 0; id < byId.length; id++) {
      String name = map.get(id).getName();
      if (name.startsWith(STAT_PREFIX)) {
        stat += byId[id];
        hasStat = true;
      } else {
        all.add(new Contribution(name, byId[id]));
      }
    }
    if (hasStat) {
      all.add(new Contribution(STAT_GROUP, stat));
    }
    all.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.value()))
        .thenComparing(Contribution::feature));
    return List.copyOf(all.subList(0, Math.min(Math.max(top, 0), all.size())));
  }
}
