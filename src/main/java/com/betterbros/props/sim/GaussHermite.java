package com.betterbros.props.sim;

/**
 * Gauss-Hermite quadrature for expectations over a standard normal: E[f(Z)] ~ sum_k w_k f(z_k).
 * Nodes of the physicists' rule (weight exp(-x^2)) come from Newton's method on the orthonormal
 * Hermite recurrence (Press et al., Numerical Recipes, 3rd ed., section 4.6, gauher); then
 * z = sqrt(2) x and w = w_phys / sqrt(pi). An n-point rule is exact for polynomials of degree 2n-1.
 */
final class GaussHermite {

  private static final double PI_M4 = 0.7511255444649425; // pi^(-1/4)

  final double[] nodes;
  final double[] weights;

  private GaussHermite(double[] nodes, double[] weights) {
    this.nodes = nodes;
    this.weights = weights;
  }

  /** The n-point rule for N(0, 1), nodes in decreasing order. */
  static GaussHermite standardNormal(int n) {
    double[] x = new double[n];
    double[] w = new double[n];
    int m = (n + 1) / 2;
    double z = 0;
    for (int i = 0; i < m; i++) {
      if (i == 0) {
        z = Math.sqrt(2.0 * n + 1) - 1.85575 * StrictMath.pow(2.0 * n + 1, -1.0 / 6);
      } else if (i == 1) {
        z -= 1.14 * StrictMath.pow(n, 0.426) / z;
      } else if (i == 2) {
        z = 1.86 * z - 0.86 * x[0];
      } else if (i == 3) {
        z = 1.91 * z - 0.91 * x[1];
      } else {
        z = 2.0 * z - x[i - 2];
      }
      double pp = 0;
      for (int iter = 0; iter < 100; iter++) {
        // p_j = z sqrt(2/j) p_{j-1} - sqrt((j-1)/j) p_{j-2}, orthonormal Hermite polynomials
        double p1 = PI_M4;
        double p2 = 0;
        for (int j = 1; j <= n; j++) {
          double p3 = p2;
          p2 = p1;
          p1 = z * Math.sqrt(2.0 / j) * p2 - Math.sqrt((j - 1.0) / j) * p3;
        }
        pp = Math.sqrt(2.0 * n) * p2;
        double z1 = z;
        z = z1 - p1 / pp;
        if (Math.abs(z - z1) <= 1e-14) {
          break;
        }
      }
      x[i] = z;
      x[n - 1 - i] = -z;
      w[i] = 2.0 / (pp * pp);
      w[n - 1 - i] = w[i];
    }
    double[] nodes = new double[n];
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      nodes[i] = Math.sqrt(2) * x[i];
      weights[i] = w[i] / Math.sqrt(Math.PI);
    }
    return new GaussHermite(nodes, weights);
  }

  int size() {
    return nodes.length;
  }
}
