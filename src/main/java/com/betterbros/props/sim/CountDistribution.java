package com.betterbros.props.sim;

/**
 * The distribution of a count whose probability generating function is G(z)^n exp(lambda (z - 1)):
 * n independent trials that each add k with probability g_k, plus a Poisson(lambda) count.
 *
 * <p>From F = G^n E with E' = lambda E we get G F' = (n G' + lambda G) F; equating coefficients
 * of z^(m-1) gives J.C.P. Miller's recurrence (Henrici, Applied and Computational Complex
 * Analysis I, section 1.6):
 * m g_0 f_m = sum_{k>=1} ((n+1) k - m) g_k f_{m-k} + lambda sum_{k>=0} g_k f_{m-1-k}, with
 * f_0 = g_0^n e^-lambda. For m <= n + 1 every term is non-negative, so there is no cancellation.
 */
final class CountDistribution {

  private CountDistribution() {}

  /** f_0..f_max of G(z)^n e^(lambda (z-1)); g_0 must be positive. */
  static double[] pmf(double[] g, int n, double lambda, int max) {
    double[] f = new double[max + 1];
    int d = g.length - 1;
    double g0 = g[0];
    f[0] = StrictMath.exp(n * StrictMath.log(g0) - lambda);
    for (int m = 1; m <= max; m++) {
      double s = 0;
      for (int k = 1; k <= Math.min(d, m); k++) {
        s += ((n + 1.0) * k - m) * g[k] * f[m - k];
      }
      double t = 0;
      for (int k = 0; k <= Math.min(d, m - 1); k++) {
        t += g[k] * f[m - 1 - k];
      }
      f[m] = Math.max(0.0, (s + lambda * t) / (m * g0));
    }
    return f;
  }

  /** Coefficients of the product of two polynomials. */
  static double[] multiply(double[] a, double[] b) {
    double[] c = new double[a.length + b.length - 1];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b.length; j++) {
        c[i + j] += a[i] * b[j];
      }
    }
    return c;
  }
}
