package com.betterbros.props.math;

/**
 * Maximum-likelihood NB2 size r for counts y_i whose means mu_i are given (for example a
 * regression's predictions), by a one-dimensional search over u = ln r in [ln 0.1, ln 1e4].
 *
 * <p>With r fixed the NB2 log-likelihood of one row is (Cameron and Trivedi, Regression Analysis
 * of Count Data, section 3.3)
 * ln Gamma(y + r) - ln Gamma(r) - ln y! + r ln(r / (r + mu)) + y ln(mu / (r + mu)).
 * For integer y, ln Gamma(y + r) - ln Gamma(r) = sum_{j<y} ln(r + j) exactly, and dropping the
 * terms free of r (ln y!, y ln mu) leaves the profile, with N_j = #{i : y_i > j},
 * l(r) = sum_j N_j ln(r + j) - sum_i [r ln(1 + mu_i / r) + y_i ln(r + mu_i)],
 * which costs O(max y + n) per evaluation. The search evaluates l on a 51-point grid in u. If the
 * best point is an end of the range and the slope dl/dr there points outwards, the ML is at that
 * end (+Infinity for the top, meaning Poisson; 0.1 for the bottom); otherwise golden-section search
 * (Kiefer 1953) refines between the best point's neighbours to |du| < 1e-8.
 */
final class NegativeBinomialFit {

  static final double MIN_SIZE = 0.1;
  static final double MAX_SIZE = 1e4;

  /** Counts above this are rejected: the N_j table has one entry per count value. */
  private static final double MAX_COUNT = 1e7;

  private static final int GRID = 50;
  private static final double TOLERANCE = 1e-8;
  private static final double INV_PHI = (Math.sqrt(5) - 1) / 2;

  private final double[] y;
  private final double[] mu;
  /** exceed[j] = N_j = number of rows with y_i > j. */
  private final double[] exceed;

  private NegativeBinomialFit(double[] y, double[] mu, double[] exceed) {
    this.y = y;
    this.mu = mu;
    this.exceed = exceed;
  }

  /** See {@link NegativeBinomial#fitSize(double[], double[])}; 0.1 if the ML is at the bottom. */
  static double fitSize(double[] y, double[] mu) {
    NegativeBinomialFit fit = of(y, mu);
    double lower = Math.log(MIN_SIZE);
    double upper = Math.log(MAX_SIZE);
    double h = (upper - lower) / GRID;
    int best = 0;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (int g = 0; g <= GRID; g++) {
      double value = fit.logLikelihood(lower + g * h);
      if (value > bestValue) {
        best = g;
        bestValue = value;
      }
    }
    // At an end of the range the likelihood is too flat in u to locate the end by comparing values,
    // so the slope decides: still rising at r = 1e4 means the ML is at (or beyond) the top.
    if (best == GRID && fit.score(MAX_SIZE) >= 0) {
      return Double.POSITIVE_INFINITY;
    }
    if (best == 0 && fit.score(MIN_SIZE) <= 0) {
      return MIN_SIZE;
    }
    double from = lower + Math.max(0, best - 1) * h;
    double to = lower + Math.min(GRID, best + 1) * h;
    return Math.exp(fit.goldenSection(from, to));
  }

  private static NegativeBinomialFit of(double[] y, double[] mu) {
    if (y == null || mu == null || y.length != mu.length || y.length == 0) {
      throw new IllegalArgumentException("y and mu must have the same non-zero length");
    }
    int maxY = 0;
    for (int i = 0; i < y.length; i++) {
      if (!(y[i] >= 0 && y[i] <= MAX_COUNT) || y[i] != Math.rint(y[i])) {
        throw new IllegalArgumentException("y[" + i + "] = " + y[i] + " is not a count");
      }
      if (!(mu[i] >= 0) || Double.isInfinite(mu[i]) || (mu[i] == 0 && y[i] > 0)) {
        throw new IllegalArgumentException(
            "mu[" + i + "] = " + mu[i] + " must be finite and > 0 (0 only where y is 0)");
      }
      maxY = Math.max(maxY, (int) y[i]);
    }
    // N_j = #{i : y_i > j}: count each y, then sum from the top down
    double[] exceed = new double[maxY + 1];
    for (double v : y) {
      if (v > 0) {
        exceed[(int) v - 1]++;
      }
    }
    for (int j = maxY - 1; j >= 0; j--) {
      exceed[j] += exceed[j + 1];
    }
    return new NegativeBinomialFit(y, mu, exceed);
  }

  /** Profile log-likelihood l(r) at r = e^u, up to a constant free of r. */
  double logLikelihood(double u) {
    double r = Math.exp(u);
    double value = 0;
    // sum_j N_j ln(r + j)  =  sum_i [ln Gamma(y_i + r) - ln Gamma(r)]
    for (int j = 0; j < exceed.length; j++) {
      if (exceed[j] > 0) {
        value += exceed[j] * Math.log(r + j);
      }
    }
    // - sum_i [r ln(1 + mu_i / r) + y_i ln(r + mu_i)]
    for (int i = 0; i < y.length; i++) {
      value -= r * Math.log1p(mu[i] / r) + y[i] * Math.log(r + mu[i]);
    }
    return value;
  }

  /**
   * dl/dr = sum_j N_j / (r + j) - sum_i [ln(1 + mu_i / r) - mu_i / (r + mu_i) + y_i / (r + mu_i)],
   * the derivative of {@link #logLikelihood} with respect to r.
   */
  double score(double r) {
    double value = 0;
    for (int j = 0; j < exceed.length; j++) {
      value += exceed[j] / (r + j);
    }
    for (int i = 0; i < y.length; i++) {
      value -= Math.log1p(mu[i] / r) - mu[i] / (r + mu[i]) + y[i] / (r + mu[i]);
    }
    return value;
  }

  /** Golden-section search for the maximum of l on [a, b]: keep the sub-interval holding it. */
  private double goldenSection(double a, double b) {
    double c = b - INV_PHI * (b - a);
    double d = a + INV_PHI * (b - a);
    double fc = logLikelihood(c);
    double fd = logLikelihood(d);
    while (b - a > TOLERANCE) {
      if (fc >= fd) {
        // maximum in [a, d]; the old c becomes the new d
        b = d;
        d = c;
        fd = fc;
        c = b - INV_PHI * (b - a);
        fc = logLikelihood(c);
      } else {
        // maximum in [c, b]; the old d becomes the new c
        a = c;
        c = d;
        fc = fd;
        d = a + INV_PHI * (b - a);
        fd = logLikelihood(d);
      }
    }
    return (a + b) / 2;
  }
}
