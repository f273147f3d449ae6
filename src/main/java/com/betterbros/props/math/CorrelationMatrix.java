package com.betterbros.props.math;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/** Checks that a matrix is a valid correlation matrix for a slip's legs. */
public final class CorrelationMatrix {

  /** Tolerance on symmetry, on the unit diagonal and on negative eigenvalues. */
  public static final double DEFAULT_TOLERANCE = 1e-8;

  private CorrelationMatrix() {}

  /**
   * Throws {@link InvalidCorrelationException} naming the first problem: wrong size, a non-finite
   * entry, a diagonal entry other than 1, an entry outside [-1, 1], asymmetry, or a negative
   * eigenvalue below {@code -tolerance} (not positive semi-definite).
   */
  public static void validate(double[][] r, int legs, double tolerance) {
    if (r == null || r.length != legs) {
      throw new InvalidCorrelationException("wrong size: the correlation matrix must be " + legs + "x" + legs
          + ", got " + (r == null ? "none" : r.length + " rows"));
    }
    for (int i = 0; i < legs; i++) {
      if (r[i] == null || r[i].length != legs) {
        throw new InvalidCorrelationException("wrong size: row " + i + " must have " + legs + " entries");
      }
      for (int j = 0; j < legs; j++) {
        if (!Double.isFinite(r[i][j])) {
          throw new InvalidCorrelationException("entry [" + i + "][" + j + "] is not a finite number");
        }
      }
    }
    for (int i = 0; i < legs; i++) {
      if (Math.abs(r[i][i] - 1) > tolerance) {
        throw new InvalidCorrelationException("diagonal entry [" + i + "][" + i + "] must be 1, got " + r[i][i]);
      }
    }
    for (int i = 0; i < legs; i++) {
      for (int j = i + 1; j < legs; j++) {
        if (Math.abs(r[i][j]) > 1 + tolerance) {
          throw new InvalidCorrelationException("entry [" + i + "][" + j + "] is outside [-1, 1]: " + r[i][j]);
        }
        if (Math.abs(r[i][j] - r[j][i]) > tolerance) {
          throw new InvalidCorrelationException("not symmetric: [" + i + "][" + j + "] = " + r[i][j]
              + " but [" + j + "][" + i + "] = " + r[j][i]);
        }
      }
    }
    double smallest = smallestEigenvalue(r);
    if (smallest < -tolerance) {
      throw new InvalidCorrelationException("not positive semi-definite: smallest eigenvalue " + smallest);
    }
  }

  private static double smallestEigenvalue(double[][] r) {
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(r.length, false, true);
    if (!eig.decompose(new DMatrixRMaj(r))) {
      throw new InvalidCorrelationException("not positive semi-definite: the eigenvalues could not be computed");
    }
    double min = Double.POSITIVE_INFINITY;
    for (int i = 0; i < r.length; i++) {
      min = Math.min(min, eig.getEigenvalue(i).getReal());
    }
    return min;
  }
}
