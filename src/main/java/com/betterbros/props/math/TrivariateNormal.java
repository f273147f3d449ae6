package com.betterbros.props.math;

/**
 * The standard trivariate normal CDF by conditioning on one variable (Genz 2004, "Numerical
 * computation of rectangular bivariate and trivariate normal and t probabilities", the TVND
 * route): P(Z1 <= b1, Z2 <= b2, Z3 <= b3) = int_{-inf}^{b1} phi(t) BVN((b2 - r12 t) / s2,
 * (b3 - r13 t) / s3; rho23.1) dt with s_j = sqrt(1 - r1j^2) and the partial correlation
 * rho23.1 = (r23 - r12 r13) / (s2 s3). The 1-D integral uses globally adaptive bisection with a
 * 20-point Gauss–Legendre rule per interval to an absolute tolerance of 1e-13; overall error is
 * about 1e-13 (bounded by the bivariate routine's 1e-15 per node and the tolerance).
 */
public final class TrivariateNormal {

  private static final double TOLERANCE = 1e-13;
  private static final double LOWER_CUT = -8.5; // Phi(-8.5) = 1e-17: mass below is negligible
  private static final int MAX_INTERVALS = 200;

  private TrivariateNormal() {}

  /**
   * P(Z1 <= b1, Z2 <= b2, Z3 <= b3) for standard normals with correlations r12, r13, r23 forming
   * a positive semi-definite matrix (not checked here; see {@link CorrelationMatrix#validate}).
   */
  public static double cdf(double b1, double b2, double b3, double r12, double r13, double r23) {
    double[] b = {b1, b2, b3};
    double[][] r = {{1, r12, r13}, {r12, 1, r23}, {r13, r23, 1}};
    for (double v : b) {
      if (v == Double.NEGATIVE_INFINITY) {
        return 0;
      }
    }
    for (int i = 0; i < 3; i++) {
      if (b[i] == Double.POSITIVE_INFINITY) {
        int j = (i + 1) % 3;
        int k = (i + 2) % 3;
        return BivariateNormal.cdf(b[j], b[k], r[j][k]);
      }
    }
    // condition on the variable whose limit is largest in magnitude (short integration range),
    // unless it is (nearly) collinear with another; then on the least correlated one
    int first = 0;
    for (int i = 1; i < 3; i++) {
      if (Math.abs(b[i]) > Math.abs(b[first])) {
        first = i;
      }
    }
    if (maxCorrelation(r, first) > 0.99) {
      for (int i = 0; i < 3; i++) {
        if (maxCorrelation(r, i) < maxCorrelation(r, first)) {
          first = i;
        }
      }
    }
    int second = (first + 1) % 3;
    int third = (first + 2) % 3;
    if (maxCorrelation(r, first) >= 1 - 1e-12) {
      return collinear(b, r, first);
    }
    return conditioned(b[first], b[second], b[third],
        r[first][second], r[first][third], r[second][third]);
  }

  private static double maxCorrelation(double[][] r, int i) {
    return Math.max(Math.abs(r[i][(i + 1) % 3]), Math.abs(r[i][(i + 2) % 3]));
  }

  /** Every pair has |r| = 1: Z_j = sign(r_ij) Z_i, so the event is an interval for Z_i. */
  private static double collinear(double[] b, double[][] r, int i) {
    double lower = Double.NEGATIVE_INFINITY;
    double upper = b[i];
    for (int j = 0; j < 3; j++) {
      if (j != i) {
        if (r[i][j] > 0) {
          upper = Math.min(upper, b[j]);
        } else {
          lower = Math.max(lower, -b[j]);
        }
      }
    }
    return upper <= lower ? 0 : Normal.cdf(upper) - Normal.cdf(lower);
  }

  private static double conditioned(
      double b1, double b2, double b3, double r12, double r13, double r23) {
    boolean tail = b1 > 0;
    double bivariate = tail ? BivariateNormal.cdf(b2, b3, r23) : 0;
    if (tail) {
      // P(Z1 <= b1, .) = P(Z2 <= b2, Z3 <= b3) - P(-Z1 < -b1, .), and corr(-Z1, Zj) = -r1j
      b1 = -b1;
      r12 = -r12;
      r13 = -r13;
    }
    if (b1 <= LOWER_CUT) {
      return Math.clamp(bivariate, 0, 1);
    }
    double s2 = Math.sqrt((1 - r12) * (1 + r12));
    double s3 = Math.sqrt((1 - r13) * (1 + r13));
    double rho = Math.clamp((r23 - r12 * r13) / (s2 * s3), -1, 1);
    final double c2 = r12;
    final double c3 = r13;
    final double rhoFinal = rho;
    java.util.function.DoubleUnaryOperator integrand = t -> Normal.pdf(t)
        * BivariateNormal.cdf((b2 - c2 * t) / s2, (b3 - c3 * t) / s3, rhoFinal);
    double integral = adaptive(integrand, LOWER_CUT, b1);
    double result = tail ? bivariate - integral : integral;
    return Math.clamp(result, 0, 1);
  }

  /**
   * Globally adaptive bisection (as Genz's ADONED): always split the interval with the largest
   * error estimate; each half's estimate is half the change |parent - (left + right)|; stop when
   * the summed estimate is below the tolerance (or after 200 intervals).
   */
  static double adaptive(java.util.function.DoubleUnaryOperator f, double a, double b) {
    double[] lo = new double[MAX_INTERVALS];
    double[] hi = new double[MAX_INTERVALS];
    double[] value = new double[MAX_INTERVALS];
    double[] error = new double[MAX_INTERVALS];
    lo[0] = a;
    hi[0] = b;
    value[0] = GaussLegendre.N20.integrate(f, a, b);
    error[0] = Double.POSITIVE_INFINITY;
    int count = 1;
    int worst = 0;
    while (count < MAX_INTERVALS) {
      double mid = (lo[worst] + hi[worst]) / 2;
      double left = GaussLegendre.N20.integrate(f, lo[worst], mid);
      double right = GaussLegendre.N20.integrate(f, mid, hi[worst]);
      double change = Math.abs(value[worst] - left - right) / 2;
      lo[count] = mid;
      hi[count] = hi[worst];
      value[count] = right;
      error[count] = change;
      hi[worst] = mid;
      value[worst] = left;
      error[worst] = change;
      count++;
      double total = 0;
      worst = 0;
      for (int i = 0; i < count; i++) {
        total += error[i];
        if (error[i] > error[worst]) {
          worst = i;
        }
      }
      if (total <= TOLERANCE) {
        break;
      }
    }
    double sum = 0;
    for (int i = 0; i < count; i++) {
      sum += value[i];
    }
    return sum;
  }
}
