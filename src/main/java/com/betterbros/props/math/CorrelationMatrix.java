package com.betterbros.props.math;

import java.math.BigDecimal;
import java.math.MathContext;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Checks and repairs of leg correlation matrices (a Gaussian copula's R, oriented so that a
 * positive entry means the two legs tend to win together): validation with messages that say
 * which check failed, Higham's nearest correlation matrix, and a Cholesky factor that accepts
 * positive semi-definite (singular) matrices. Eigenvalues come from EJML's symmetric
 * eigen-decomposition (Householder tridiagonalisation + implicit QR).
 */
public final class CorrelationMatrix {

  /** Tolerance for symmetry, the unit diagonal, |r| <= 1 and the smallest eigenvalue: 1e-8. */
  public static final double DEFAULT_TOLERANCE = 1e-8;

  /** A Cholesky pivot at or below this (4 ulps of 1) is an exact zero: a singular direction. */
  private static final double ZERO_PIVOT = 4 * Math.ulp(1.0);

  private CorrelationMatrix() {}

  /** {@link #validate(double[][], int, double)} with {@link #DEFAULT_TOLERANCE}. */
  public static void validate(double[][] r, int legs) {
    validate(r, legs, DEFAULT_TOLERANCE);
  }

  /**
   * Throws {@link InvalidCorrelationException} naming the first problem: not square, wrong size
   * for {@code legs}, a diagonal entry not 1, an entry outside [-1, 1], asymmetry, or a smallest
   * eigenvalue below -tolerance (not positive semi-definite). Every check allows
   * {@code tolerance} for rounding.
   */
  public static void validate(double[][] r, int legs, double tolerance) {
    checkStructure(r, legs, tolerance);
    double smallest = smallestEigenvalue(r);
    if (!(smallest >= -tolerance)) {
      throw notPsd(smallest, tolerance);
    }
  }

  /** Every check of {@link #validate} except positive semi-definiteness (no eigenvalues). */
  static void checkStructure(double[][] r, int legs, double tolerance) {
    if (legs < 1) {
      throw new IllegalArgumentException("need at least one leg, got " + legs);
    }
    if (r == null) {
      throw new InvalidCorrelationException("not square");
    }
    for (double[] row : r) {
      if (row == null || row.length != r.length) {
        throw new InvalidCorrelationException("not square");
      }
    }
    if (r.length != legs) {
      throw new InvalidCorrelationException(
          "size " + r.length + " does not match " + legs + " legs");
    }
    for (int i = 0; i < legs; i++) {
      if (!(Math.abs(r[i][i] - 1) <= tolerance)) {
        throw new InvalidCorrelationException(
            "diagonal (" + i + "," + i + ") is " + format(r[i][i]) + ", not 1");
      }
    }
    for (int i = 0; i < legs; i++) {
      for (int j = 0; j < legs; j++) {
        if (!(Math.abs(r[i][j]) <= 1 + tolerance)) {
          throw new InvalidCorrelationException(
              "entry (" + i + "," + j + ") = " + format(r[i][j]) + " outside [-1, 1]");
        }
      }
    }
    for (int i = 0; i < legs; i++) {
      for (int j = i + 1; j < legs; j++) {
        if (!(Math.abs(r[i][j] - r[j][i]) <= tolerance)) {
          throw new InvalidCorrelationException("not symmetric at (" + i + "," + j + "): "
              + format(r[i][j]) + " vs " + format(r[j][i]));
        }
      }
    }
  }

  /** The smallest eigenvalue of the symmetric part (R + R') / 2 of a square matrix. */
  public static double smallestEigenvalue(double[][] r) {
    double[] values = eigenvalues(symmetric(r), null);
    double smallest = Double.POSITIVE_INFINITY;
    for (double v : values) {
      smallest = Math.min(smallest, v);
    }
    return smallest;
  }

  /**
   * Lower-triangular L with L L' = R, for a valid correlation matrix R (checked with the default
   * tolerance; throws {@link InvalidCorrelationException} otherwise). A positive semi-definite but
   * singular R is factored without jitter: a pivot that rounds to zero (at most 4 ulps) gives a
   * zero column, the rank-deficient direction, and the remaining entries are exact up to rounding.
   */
  public static double[][] cholesky(double[][] r) {
    checkStructure(r, r == null ? 0 : r.length, DEFAULT_TOLERANCE);
    return factor(r, DEFAULT_TOLERANCE);
  }

  /**
   * Cholesky–Banachiewicz on the lower triangle, structure already checked: d_j = r_jj - sum_k
   * L_jk^2, L_jj = sqrt(d_j), L_ij = (r_ij - sum_k L_ik L_jk) / L_jj. Each pivot is at least the
   * smallest eigenvalue, so d_j < -tolerance proves R is not PSD; pivots within the tolerance of
   * zero are settled by the eigenvalue test so the verdict always matches {@link #validate}.
   */
  static double[][] factor(double[][] r, double tolerance) {
    int n = r.length;
    double[][] l = new double[n][n];
    boolean nearSingular = false;
    for (int j = 0; j < n; j++) {
      double d = r[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      if (d < -tolerance) {
        throw notPsd(smallestEigenvalue(r), tolerance);
      }
      nearSingular |= d <= tolerance;
      double pivot = d <= ZERO_PIVOT ? 0 : Math.sqrt(d);
      l[j][j] = pivot;
      for (int i = j + 1; i < n && pivot > 0; i++) {
        double s = r[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = s / pivot;
      }
    }
    if (nearSingular) {
      double smallest = smallestEigenvalue(r);
      if (!(smallest >= -tolerance)) {
        throw notPsd(smallest, tolerance);
      }
    }
    return l;
  }

  /** Smallest eigenvalue the correlation repairs of /corr and the optimizer leave (see below). */
  public static final double REPAIR_FLOOR = 1e-3;

  /**
   * {@link #nearestCorrelation(double[][])} kept at least {@code floor} away from singular: when
   * the nearest correlation matrix X has an eigenvalue below floor it becomes
   * (1 - floor) X + floor I, still a correlation matrix, with every eigenvalue
   * (1 - floor) lambda + floor >= floor and every entry moved by at most floor. That margin lets
   * a client round the matrix (to 6 decimals, as /corr prints it: eigenvalues move by at most
   * n 5e-7) and pass it back as a valid PSD matrix, and keeps the legs' multiple correlations
   * below 1 - floor, where the exact slip method's quadrature stays fast.
   */
  public static double[][] nearestCorrelation(double[][] a, double floor) {
    double[][] x = nearestCorrelation(a);
    if (!(floor > 0) || smallestEigenvalue(x) >= floor) {
      return x;
    }
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        x[i][j] = i == j ? 1 : (1 - floor) * x[i][j];
      }
    }
    return x;
  }

  /**
   * The nearest correlation matrix to a symmetric matrix A in the Frobenius norm, by Higham's
   * alternating projections with Dykstra's correction (IMA J. Numer. Anal. 22, 2002): repeat
   * R = Y - dS; X = P_psd(R); dS = X - R; Y = P_unitdiag(X) until X, Y and their difference
   * settle (relative change below 1e-12, at most 10,000 rounds). A last eigenvalue clip at zero
   * and rescaling D^-1/2 X D^-1/2 make the result exactly symmetric with unit diagonal and
   * positive semi-definite (to rounding). A valid correlation matrix comes back unchanged.
   */
  public static double[][] nearestCorrelation(double[][] a) {
    if (a == null || a.length == 0) {
      throw new InvalidCorrelationException("not square");
    }
    checkStructure(a, a.length, Double.POSITIVE_INFINITY);
    for (double[] row : a) {
      for (double v : row) {
        if (!Double.isFinite(v)) {
          throw new InvalidCorrelationException("entry " + v + " is not finite");
        }
      }
    }
    return HighamProjection.nearest(symmetric(a));
  }

  /** (A + A') / 2 as a new array. */
  static double[][] symmetric(double[][] a) {
    int n = a.length;
    double[][] s = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        s[i][j] = (a[i][j] + a[j][i]) / 2;
      }
    }
    return s;
  }

  /**
   * Eigenvalues of a symmetric matrix by EJML; when {@code vectors} is not null it receives the
   * unit eigenvectors as its columns (vectors[row][i] belongs to eigenvalue i).
   */
  static double[] eigenvalues(double[][] symmetric, double[][] vectors) {
    int n = symmetric.length;
    EigenDecomposition_F64<DMatrixRMaj> eig =
        DecompositionFactory_DDRM.eig(n, vectors != null, true);
    if (!eig.decompose(new DMatrixRMaj(symmetric))) {
      throw new InvalidCorrelationException("eigen-decomposition failed");
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = eig.getEigenvalue(i).real;
      if (vectors != null) {
        DMatrixRMaj v = eig.getEigenVector(i);
        for (int row = 0; row < n; row++) {
          vectors[row][i] = v.get(row, 0);
        }
      }
    }
    return values;
  }

  private static InvalidCorrelationException notPsd(double smallest, double tolerance) {
    return new InvalidCorrelationException("not positive semi-definite: smallest eigenvalue "
        + format(smallest) + " < -" + format(tolerance));
  }

  /** Six significant digits without trailing zeros: 0.3, -0.12, 1, 1e-8. */
  static String format(double v) {
    if (!Double.isFinite(v)) {
      return Double.toString(v);
    }
    BigDecimal rounded = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
    double magnitude = Math.abs(v);
    return magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e7)
        ? rounded.toPlainString()
        : rounded.toString().replace('E', 'e');
  }
}
