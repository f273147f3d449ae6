package com.betterbros.props.corr.core;

import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.math.CorrelationMatrix;
import com.betterbros.props.math.Normal;
import com.betterbros.props.model.core.PropModel;
import java.util.List;
import java.util.Map;

/**
 * Gaussian-copula correlations between legs, estimated from standardised residuals (actual minus
 * the model mean, see {@link Residuals}) over shared games and shrunk toward role priors by
 * sample size (a James–Stein-style linear shrinkage): rho = (n * r + k * prior) / (n + k),
 * k = {@value #SHRINKAGE_GAMES} games. Legs picked on opposite sides get the sign flipped, so
 * positive always means "win together". The matrix is then made positive definite by Higham's
 * nearest correlation matrix held {@link CorrelationMatrix#REPAIR_FLOOR} from singular when its
 * smallest eigenvalue is below that. Pure.
 */
public final class CorrelationEstimator {

  /** Prior weight, in games: with 20 shared games the sample and the prior count equally. */
  public static final double SHRINKAGE_GAMES = 20;

  private final Residuals residuals;

  /** Residuals against the feature set's pre-game projection. */
  public CorrelationEstimator(HistoryIndex index) {
    this(index, null);
  }

  /**
   * Residuals against {@code meanModel}'s projected means where it predicts them
   * (xgb_nb_regression; null or a classifier: the pre-game projection).
   */
  public CorrelationEstimator(HistoryIndex index, PropModel meanModel) {
    this.residuals = new Residuals(index, meanModel);
  }

  /** "model" when a leg's residuals use the model's projected mean, else "projection". */
  public String meanSource(LegRef leg) {
    return residuals.meanSource(leg.statType());
  }

  /** One pair (legs in the same game or not). */
  public PairEstimate estimate(LegRef a, LegRef b) {
    Relation relation = Relation.of(a, b);
    if (relation == Relation.DIFFERENT_GAMES) {
      return new PairEstimate(0, Double.NaN, 0, Double.NaN, relation);
    }
    boolean byGame = !a.playerId().equals(b.playerId());
    Map<String, Double> ra = residuals.of(a.playerId(), a.statType(), a.date(), byGame);
    Map<String, Double> rb = residuals.of(b.playerId(), b.statType(), b.date(), byGame);
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double syy = 0;
    double sxy = 0;
    int n = 0;
    for (Map.Entry<String, Double> e : ra.entrySet()) {
      Double y = rb.get(e.getKey());
      if (y != null) {
        double x = e.getValue();
        sx += x;
        sy += y;
        sxx += x * x;
        syy += y * y;
        sxy += x * y;
        n++;
      }
    }
    double sample = Double.NaN;
    double pValue = Double.NaN;
    if (n >= 3) {
      // Pearson r = cov / (sd_x sd_y)
      double cov = sxy - sx * sy / n;
      double vx = sxx - sx * sx / n;
      double vy = syy - sy * sy / n;
      sample = vx > 0 && vy > 0 ? Math.max(-1, Math.min(1, cov / Math.sqrt(vx * vy))) : 0;
      if (n > 3 && Math.abs(sample) < 1) {
        // Fisher: atanh(r) ~ N(atanh(rho), 1/(n-3)); two-sided test of rho = 0
        double z = 0.5 * Math.log((1 + sample) / (1 - sample)) * Math.sqrt(n - 3.0);
        pValue = 2 * (1 - Normal.cdf(Math.abs(z)));
      }
    }
    double base = Double.isNaN(sample) ? relation.prior()
        : (n * sample + SHRINKAGE_GAMES * relation.prior()) / (n + SHRINKAGE_GAMES);
    double rho = a.over() == b.over() ? base : -base;
    return new PairEstimate(rho, sample, n, pValue, relation);
  }

  /**
   * The legs' correlation matrix and the pair estimates behind it. When the pairs' matrix has an
   * eigenvalue below {@link CorrelationMatrix#REPAIR_FLOOR} (not PSD, or so nearly singular that
   * rounding could make it so) it is replaced by the nearest correlation matrix held that far
   * from singular.
   */
  public Result matrix(List<LegRef> legs) {
    int n = legs.size();
    double[][] r = new double[n][n];
    PairEstimate[][] pairs = new PairEstimate[n][n];
    for (int i = 0; i < n; i++) {
      r[i][i] = 1;
      for (int j = i + 1; j < n; j++) {
        PairEstimate e = estimate(legs.get(i), legs.get(j));
        pairs[i][j] = e;
        pairs[j][i] = e;
        r[i][j] = e.rho();
        r[j][i] = e.rho();
      }
    }
    boolean repaired = false;
    if (n >= 2 && CorrelationMatrix.smallestEigenvalue(r) < CorrelationMatrix.REPAIR_FLOOR) {
      r = CorrelationMatrix.nearestCorrelation(r, CorrelationMatrix.REPAIR_FLOOR);
      repaired = true;
    }
    return new Result(r, pairs, repaired);
  }

  /** A matrix with its pair estimates; {@code repaired} when the repair step replaced it. */
  public record Result(double[][] matrix, PairEstimate[][] pairs, boolean repaired) {}
}
