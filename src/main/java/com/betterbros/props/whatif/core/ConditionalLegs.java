package com.betterbros.props.whatif.core;

import com.betterbros.props.math.Normal;
import com.betterbros.props.math.SlipProbabilities;

/**
 * The other legs of a Gaussian-copula slip given that one or two latent variables sit exactly on
 * their thresholds. Leg k wins iff Z_k &lt;= b_k = Phi^-1(p_k), Z ~ N(0, R). Conditioning on
 * Z_S = b_S (S of size 1 or 2) leaves the rest Gaussian (Anderson, "An Introduction to
 * Multivariate Statistical Analysis", 3rd ed., thm 2.5.1):
 * mu = R_{.S} R_SS^-1 b_S, Sigma = R_{..} - R_{.S} R_SS^-1 R_{S.}; leg j then wins with
 * p'_j = Phi((b_j - mu_j) / sqrt(Sigma_jj)) and the standardised correlation is
 * R'_jk = Sigma_jk / sqrt(Sigma_jj Sigma_kk). A leg with Sigma_jj below {@value #DEGENERATE}
 * (perfectly correlated with S) is decided: p' is 1 or 0 and it is uncorrelated with the rest.
 */
public final class ConditionalLegs {

  /** Conditional variances at or below this are treated as 0 (the leg is decided by Z_S). */
  static final double DEGENERATE = 1e-12;

  private ConditionalLegs() {}

  /**
   * The hit distribution (k = 0..n-|S|) of the legs outside {@code given} conditional on
   * Z_S = b_S; {1} when no leg is left.
   */
  public static double[] hits(double[] p, double[][] r, int... given) {
    int n = p.length;
    int[] rest = rest(n, given);
    if (rest.length == 0) {
      return new double[] {1};
    }
    double[] b = new double[n];
    for (int k = 0; k < n; k++) {
      b[k] = Normal.inverseCdf(p[k]);
    }
    // inv = R_SS^-1 (1x1 or 2x2 by hand)
    double[][] inv = inverse(r, given);
    int m = rest.length;
    double[] mu = new double[m];
    double[][] sigma = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int s = 0; s < given.length; s++) {
        for (int t = 0; t < given.length; t++) {
          mu[a] += r[rest[a]][given[s]] * inv[s][t] * b[given[t]]; // mu = R_.S R_SS^-1 b_S
        }
      }
      for (int c = 0; c < m; c++) {
        double reduce = 0;
        for (int s = 0; s < given.length; s++) {
          for (int t = 0; t < given.length; t++) {
            reduce += r[rest[a]][given[s]] * inv[s][t] * r[given[t]][rest[c]];
          }
        }
        sigma[a][c] = r[rest[a]][rest[c]] - reduce; // Sigma = R.. - R.S R_SS^-1 RS.
      }
    }
    double[] pc = new double[m];
    double[][] rc = new double[m][m];
    for (int a = 0; a < m; a++) {
      boolean decided = sigma[a][a] <= DEGENERATE;
      pc[a] = decided ? (b[rest[a]] >= mu[a] ? 1 : 0) : Normal.cdf((b[rest[a]] - mu[a]) / Math.sqrt(sigma[a][a]));
      for (int c = 0; c < m; c++) {
        boolean other = sigma[c][c] <= DEGENERATE;
        rc[a][c] = a == c ? 1 : decided || other ? 0 : sigma[a][c] / Math.sqrt(sigma[a][a] * sigma[c][c]);
      }
    }
    return SlipProbabilities.exact(pc, symmetric(rc)).hits();
  }

  private static int[] rest(int n, int[] given) {
    int[] rest = new int[n - given.length];
    int next = 0;
    for (int k = 0; k < n; k++) {
      boolean in = false;
      for (int g : given) {
        in |= g == k;
      }
      if (!in) {
        rest[next++] = k;
      }
    }
    return rest;
  }

  private static double[][] inverse(double[][] r, int[] given) {
    if (given.length == 1) {
      return new double[][] {{1 / r[given[0]][given[0]]}};
    }
    if (given.length != 2) {
      throw new IllegalArgumentException("condition on one or two legs, got " + given.length);
    }
    double rho = r[given[0]][given[1]];
    double det = 1 - rho * rho;
    if (!(det > DEGENERATE)) {
      throw new IllegalArgumentException("legs " + given[0] + " and " + given[1] + " are perfectly correlated");
    }
    return new double[][] {{1 / det, -rho / det}, {-rho / det, 1 / det}};
  }

  // (A + A') / 2, clamped to [-1, 1]: removes rounding asymmetry before the exact code validates it
  private static double[][] symmetric(double[][] a) {
    int m = a.length;
    double[][] s = new double[m][m];
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        s[i][j] = i == j ? 1 : Math.clamp(0.5 * (a[i][j] + a[j][i]), -1, 1);
      }
    }
    return s;
  }
}
