package com.betterbros.props.math;

/**
 * Orthant probabilities P(Z_i <= b_i for all i) of 4 to 7 correlated normals by nested
 * conditioning with Gauss–Legendre quadrature in y-space. With Z = L Y (L lower Cholesky),
 * Z_i <= b_i iff Y_i <= t_i = (b_i - sum_{j<i} L_ij Y_j) / L_ii, so
 * P = int_{-inf}^{t_0} phi(y_0) int_{-inf}^{t_1(y_0)} phi(y_1) ... dy, and once the first n - 2
 * variables are fixed the last two legs are bivariate normal: Z_a = mu_a + L_aa Y_a,
 * Z_c = mu_c + L_ca Y_a + L_cc Y_c, so P(both) = BVN(t_a, t_c; L_aa L_ca / (sd_a sd_c)) with
 * sd_c^2 = L_ca^2 + L_cc^2 (Genz's BVND). Each outer half-line is truncated at y >= -{@value #CUT}
 * (Phi(-8) = 6e-16) and gets a Q-point Gauss–Legendre rule; the integrand phi(y) times normal
 * CDFs is analytic, so the error falls geometrically in Q (equicorrelated legs: about 1e-10 at
 * Q = 16 for rho = 0.3; 1e-6 to 1e-5 for rho = 0.9, where thresholds move steeply with y). Cost:
 * Q^(n-2) bivariate CDFs. Callers compare two rules to estimate the error.
 */
final class NestedQuadrature {

  static final double CUT = 8;

  private final int n;
  private final double[] b;
  private final double[][] l;
  private final double[] y;
  private final GaussLegendre rule;
  private double sum;

  private NestedQuadrature(double[] b, double[][] l, GaussLegendre rule) {
    this.n = b.length;
    this.b = b;
    this.l = l;
    this.y = new double[n];
    this.rule = rule;
  }

  /** P(Z <= b) for Z = L Y, Y ~ N(0, I), with a lower-triangular L (zero pivots allowed). */
  static double orthant(double[] b, double[][] l, GaussLegendre rule) {
    if (b.length < 3) {
      throw new IllegalArgumentException("need at least 3 variables, got " + b.length);
    }
    NestedQuadrature q = new NestedQuadrature(b, l, rule);
    q.node(0, 1);
    return Math.clamp(q.sum, 0, 1);
  }

  private void node(int depth, double weight) {
    if (depth == n - 2) {
      sum += weight * lastTwo();
      return;
    }
    double mean = 0;
    for (int j = 0; j < depth; j++) {
      mean += l[depth][j] * y[j];
    }
    double diagonal = l[depth][depth];
    if (diagonal <= 0) {
      // singular direction: Z_depth is fixed by the earlier Y's and Y_depth does not matter
      if (mean <= b[depth]) {
        y[depth] = 0;
        node(depth + 1, weight);
      }
      return;
    }
    double hi = Math.min((b[depth] - mean) / diagonal, CUT);
    if (hi <= -CUT) {
      return;
    }
    // int_{-CUT}^{hi} phi(y) (subtree at y) dy by the Q-point rule
    double half = (hi + CUT) / 2;
    double mid = (hi - CUT) / 2;
    for (int q = 0; q < rule.size(); q++) {
      double value = mid + half * rule.node(q);
      y[depth] = value;
      node(depth + 1, weight * half * rule.weight(q) * Normal.pdf(value));
    }
  }

  /** P(Z_a <= b_a, Z_c <= b_c | Y_0..Y_(n-3)) for the last two variables a, c. */
  private double lastTwo() {
    int a = n - 2;
    int c = n - 1;
    double meanA = 0;
    double meanC = 0;
    for (int j = 0; j < a; j++) {
      meanA += l[a][j] * y[j];
      meanC += l[c][j] * y[j];
    }
    double sdA = l[a][a];
    double sdC = Math.sqrt(l[c][a] * l[c][a] + l[c][c] * l[c][c]);
    double tA = standardized(b[a] - meanA, sdA);
    double tC = standardized(b[c] - meanC, sdC);
    double rho = sdA > 0 && sdC > 0 ? Math.clamp(sdA * l[c][a] / (sdA * sdC), -1, 1) : 0;
    return BivariateNormal.cdf(tA, tC, rho);
  }

  /** x / sd, or +-infinity for a degenerate (sd = 0) variable. */
  private static double standardized(double x, double sd) {
    if (sd > 0) {
      return x / sd;
    }
    return x >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
  }
}
