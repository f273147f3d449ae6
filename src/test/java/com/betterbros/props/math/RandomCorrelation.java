package com.betterbros.props.math;

import java.util.SplittableRandom;

/** Random valid correlation matrices for the tests. */
final class RandomCorrelation {

  private RandomCorrelation() {}

  /**
   * R = D^-1/2 (Lambda Lambda' + Psi) D^-1/2 with loadings Lambda uniform on [-1, 1] (n x
   * factors), uniquenesses Psi uniform on [0.05, 0.55] and D the diagonal of the sum: positive
   * definite with unit diagonal by construction.
   */
  static double[][] fromFactors(SplittableRandom random, int n, int factors) {
    double[][] loadings = new double[n][factors];
    for (double[] row : loadings) {
      for (int f = 0; f < factors; f++) {
        row[f] = 2 * random.nextDouble() - 1;
      }
    }
    double[][] sigma = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int f = 0; f < factors; f++) {
          sigma[i][j] += loadings[i][f] * loadings[j][f];
        }
      }
      sigma[i][i] += 0.05 + 0.5 * random.nextDouble();
    }
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i][j] = i == j ? 1 : sigma[i][j] / Math.sqrt(sigma[i][i] * sigma[j][j]);
      }
    }
    return r;
  }

  /** The matrix with 1 on the diagonal and rho elsewhere. */
  static double[][] equicorrelated(int n, double rho) {
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        r[i][j] = i == j ? 1 : rho;
      }
    }
    return r;
  }
}
