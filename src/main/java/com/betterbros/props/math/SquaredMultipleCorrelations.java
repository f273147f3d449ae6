package com.betterbros.props.math;

/** The squared multiple correlation of each leg on the others, for {@link PlackettRecursion}'s pivot. */
final class SquaredMultipleCorrelations {

  private SquaredMultipleCorrelations() {}

  /**
   * out[i] = 1 - 1 / (R^-1)_ii, the squared multiple correlation of leg i on the others (its
   * regression R^2), for the n x n correlation matrix r (row-major); false if R is near singular.
   * R = L L' (Cholesky, in place in the lower triangle of {@code m}), then (R^-1)_ii =
   * sum_k (L^-1)_ki^2 with L^-1 by forward substitution, column by column into {@code column}.
   * {@code m} (n x n) and {@code column} (n) are scratch; nothing is allocated.
   */
  static boolean compute(double[] r, int n, double[] m, double[] column, double[] out) {
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double sum = r[i * n + j];
        for (int k = 0; k < j; k++) {
          sum -= m[i * n + k] * m[j * n + k];
        }
        if (i == j) {
          if (!(sum > 1e-12)) {
            return false;
          }
          m[i * n + i] = Math.sqrt(sum);
        } else {
          m[i * n + j] = sum / m[j * n + j];
        }
      }
    }
    double[] diag = out;
    java.util.Arrays.fill(diag, 0);
    for (int c = 0; c < n; c++) {
      // column c of L^-1: entries k >= c
      for (int k = c; k < n; k++) {
        double sum = k == c ? 1 : 0;
        for (int x = c; x < k; x++) {
          sum -= m[k * n + x] * column[x];
        }
        column[k] = sum / m[k * n + k];
        diag[c] += column[k] * column[k];
      }
    }
    for (int i = 0; i < n; i++) {
      diag[i] = Math.max(0, 1 - 1 / diag[i]);
    }
    return true;
  }
}
