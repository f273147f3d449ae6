package com.betterbros.props.model.core;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.Example;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.common.xgboost.XGBoostModel;

/**
 * XGBoost plumbing shared by the two tree models: the full parameter map handed to Tribuo's
 * trainers (as override parameters, so nothing is left to Tribuo's defaults), monotone constraints,
 * and TreeSHAP contributions.
 */
final class XgbSupport {

  /** XGBoost threads, for training and prediction: the service shares a 2-core machine. */
  static final int THREADS = 1;

  private XgbSupport() {}

  /**
   * The XGBoost parameters of a config: eta, max_depth, min_child_weight, subsample,
   * colsample_bytree, lambda (l2), alpha (l1), gamma, nthread 1, seed, silent, "hist" trees.
   */
  static Map<String, Object> parameters(TrainingConfig cfg, String objective) {
    Map<String, Object> p = new HashMap<>();
    p.put("objective", objective);
    p.put("booster", "gbtree");
    p.put("tree_method", "hist");
    p.put("eta", cfg.doubleParameter(HyperParameter.ETA));
    p.put("max_depth", cfg.intParameter(HyperParameter.MAX_DEPTH));
    p.put("min_child_weight", cfg.doubleParameter(HyperParameter.MIN_CHILD_WEIGHT));
    p.put("subsample", cfg.doubleParameter(HyperParameter.SUBSAMPLE));
    p.put("colsample_bytree", cfg.doubleParameter(HyperParameter.COLSAMPLE));
    p.put("lambda", cfg.doubleParameter(HyperParameter.L2));
    p.put("alpha", cfg.doubleParameter(HyperParameter.L1));
    p.put("gamma", cfg.doubleParameter(HyperParameter.GAMMA));
    p.put("nthread", THREADS);
    p.put("seed", cfg.seed());
    p.put("verbosity", 0);
    return p;
  }

  /**
   * XGBoost's monotone_constraints string "(c_0,...,c_{n-1})" in feature-id order: -1 (the
   * margin may only decrease) for features whose name starts with {@code prefix}, 0 otherwise.
   */
  static String decreasingIn(ImmutableFeatureMap map, String prefix) {
    StringBuilder s = new StringBuilder("(");
    for (int id = 0; id < map.size(); id++) {
      s.append(id == 0 ? "" : ",").append(map.get(id).getName().startsWith(prefix) ? -1 : 0);
    }
    return s.append(')').toString();
  }

  /**
   * TreeSHAP values (Lundberg, Erion and Lee, "Consistent individualized feature attribution for
   * tree ensembles", 2018) from Booster.predictContrib: per row, for each output group g, the
   * values of features 0..n-1 then the bias, so row[g (n + 1) + j]; the sum of a group's n + 1
   * values is that group's margin.
   */
  static float[][] contributions(XGBoostModel<?> model, List<? extends Example<?>> examples) {
    ImmutableFeatureMap map = model.getFeatureIDMap();
    Booster booster = model.getInnerModels().get(0);
    DMatrix matrix = null;
    try {
      matrix = FeatureLayout.matrix(examples, map);
      return booster.predictContrib(matrix, 0);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost contribution prediction failed", e);
    } finally {
      if (matrix != null) {
        matrix.dispose();
      }
    }
  }

  /** One group's n feature values of a predictContrib row (the bias excluded). */
  static double[] group(float[] row, int group, int features) {
    double[] out = new double[features];
    for (int j = 0; j < features; j++) {
      out[j] = row[group * (features + 1) + j];
    }
    return out;
  }

  /** One group's bias term of a predictContrib row. */
  static double bias(float[] row, int group, int features) {
    return row[group * (features + 1) + features];
  }
}
