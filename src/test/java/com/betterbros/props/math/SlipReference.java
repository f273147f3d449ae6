package com.betterbros.props.math;

/** Independent reference values for slip distributions, computed in the tests. */
final class SlipReference {

  private SlipReference() {}

  /** Poisson–binomial distribution of independent Bernoulli(p_i) by the DP over legs. */
  static double[] poissonBinomial(double[] p) {
    double[] dist = {1};
    for (double q : p) {
      double[] next = new double[dist.length + 1];
      for (int k = 0; k < dist.length; k++) {
        next[k] += dist[k] * (1 - q);
        next[k + 1] += dist[k] * q;
      }
      dist = next;
    }
    return dist;
  }

  /**
   * Gauss–Hermite rule for the standard normal weight by Golub–Welsch: nodes are the eigenvalues
   * of the Jacobi matrix of the probabilists' Hermite recurrence (zero diagonal, off-diagonal
   * sqrt(k)), weights the squared first components of the unit eigenvectors. Returns {nodes,
   * weights} with the weights summing to 1.
   */
  static double[][] gaussHermite(int n) {
    double[][] jacobi = new double[n][n];
    for (int k = 1; k < n; k++) {
      jacobi[k][k - 1] = Math.sqrt(k);
      jacobi[k - 1][k] = Math.sqrt(k);
    }
    double[][] vectors = new double[n][n];
    double[] nodes = CorrelationMatrix.eigenvalues(jacobi, vectors);
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = vectors[0][i] * vectors[0][i];
    }
    return new double[][] {nodes, weights};
  }

  /**
   * Exchangeable legs (R = rho on every off-diagonal, rho in [0, 1)) by the one-factor model
   * Z_i = sqrt(rho) F + sqrt(1 - rho) E_i: given F = f the legs are independent with win
   * probabilities Phi((z_i - sqrt(rho) f) / sqrt(1 - rho)), so P(k) = int phi(f) PB(k; f) df,
   * here by a 120-node Gauss–Hermite rule (the integrand is smooth: error far below 1e-10).
   */
  static double[] oneFactor(double[] p, double rho) {
    double[][] rule = gaussHermite(120);
    double[] z = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      z[i] = Normal.inverseCdf(p[i]);
    }
    double[] result = new double[p.length + 1];
    double[] conditional = new double[p.length];
    for (int q = 0; q < rule[0].length; q++) {
      for (int i = 0; i < p.length; i++) {
        conditional[i] = Normal.cdf((z[i] - Math.sqrt(rho) * rule[0][q]) / Math.sqrt(1 - rho));
      }
      double[] dist = poissonBinomial(conditional);
      for (int k = 0; k < dist.length; k++) {
        result[k] += rule[1][q] * dist[k];
      }
    }
    return result;
  }

  /**
   * The one-factor integral of {@link #oneFactor} by composite Gauss–Legendre instead: 40
   * panels of width 0.5 on [-10, 10], 100 nodes each. Steep integrands (rho near 1) that a
   * Gauss–Hermite rule resolves poorly are resolved here to about 1e-12.
   */
  static double[] oneFactorPanels(double[] p, double rho) {
    GaussLegendre rule = new GaussLegendre(100);
    double[] result = new double[p.length + 1];
    double[] conditional = new double[p.length];
    for (int panel = 0; panel < 40; panel++) {
      double mid = -9.75 + 0.5 * panel;
      for (int q = 0; q < rule.size(); q++) {
        double f = mid + 0.25 * rule.node(q);
        double weight = 0.25 * rule.weight(q) * Normal.pdf(f);
        for (int i = 0; i < p.length; i++) {
          conditional[i] = Normal.cdf(
              (Normal.inverseCdf(p[i]) - Math.sqrt(rho) * f) / Math.sqrt(1 - rho));
        }
        double[] dist = poissonBinomial(conditional);
        for (int k = 0; k < dist.length; k++) {
          result[k] += weight * dist[k];
        }
      }
    }
    return result;
  }
}
