package com.betterbros.props.math;

/**
 * Higham's (2002) nearest correlation matrix, "Computing the nearest correlation matrix — a
 * problem from finance", IMA J. Numer. Anal. 22: alternating projections onto the positive
 * semi-definite cone S and the unit-diagonal set U, with Dykstra's correction dS applied before
 * each projection onto S (U is affine and needs none). Unweighted (W = I, Frobenius norm).
 */
final class HighamProjection {

  private static final double TOLERANCE = 1e-12;
  private static final int MAX_ROUNDS = 10_000;

  private HighamProjection() {}

  /** The nearest correlation matrix to a symmetric, finite A (A is not modified). */
  static double[][] nearest(double[][] a) {
    int n = a.length;
    double[][] y = copy(a);
    double[][] x = copy(a);
    double[][] correction = new double[n][n];
    double[][] r = new double[n][n];
    for (int round = 0; round < MAX_ROUNDS; round++) {
      // R = Y - dS
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          r[i][j] = y[i][j] - correction[i][j];
        }
      }
      double[][] previousX = x;
      double[][] previousY = y;
      // X = P_S(R): eigenvalues clipped at 0
      x = projectPsd(r, 0);
      // dS = X - R
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          correction[i][j] = x[i][j] - r[i][j];
        }
      }
      // Y = P_U(X): unit diagonal
      y = copy(x);
      for (int i = 0; i < n; i++) {
        y[i][i] = 1;
      }
      double changeX = distance(x, previousX) / norm(x);
      double changeY = distance(y, previousY) / norm(y);
      double gap = distance(y, x) / norm(y);
      if (Math.max(changeX, Math.max(changeY, gap)) <= TOLERANCE) {
        break;
      }
    }
    return polish(y);
  }

  /**
   * Makes the iterate exactly feasible: X = P_S(Y) with eigenvalues clipped at 0, then
   * X_ij / sqrt(X_ii X_jj) (a congruence, so still PSD) with the diagonal set to exactly 1.
   */
  private static double[][] polish(double[][] y) {
    int n = y.length;
    double[][] x = projectPsd(y, 0);
    double[][] result = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double scale = Math.sqrt(x[i][i] * x[j][j]);
        result[i][j] = i == j ? 1 : scale > 0 ? Math.clamp(x[i][j] / scale, -1, 1) : 0;
      }
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double mean = (result[i][j] + result[j][i]) / 2;
        result[i][j] = mean;
        result[j][i] = mean;
      }
    }
    return result;
  }

  /** V max(Lambda, floor) V' for symmetric A = V Lambda V' (EJML symmetric eigen). */
  static double[][] projectPsd(double[][] a, double floor) {
    int n = a.length;
    double[][] vectors = new double[n][n];
    double[] values = CorrelationMatrix.eigenvalues(CorrelationMatrix.symmetric(a), vectors);
    double[][] result = new double[n][n];
    for (int k = 0; k < n; k++) {
      double lambda = Math.max(values[k], floor);
      if (lambda == 0) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        double vi = lambda * vectors[i][k];
        for (int j = 0; j < n; j++) {
          result[i][j] += vi * vectors[j][k];
        }
      }
    }
    return result;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  private static double distance(double[][] a, double[][] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a.length; j++) {
        double d = a[i][j] - b[i][j];
        sum += d * d;
      }
    }
    return Math.sqrt(sum);
  }

  private static double norm(double[][] a) {
    double sum = 0;
    for (double[] row : a) {
      for (double v : row) {
        sum += v * v;
      }
    }
    return Math.max(Math.sqrt(sum), Double.MIN_NORMAL);
  }
}
