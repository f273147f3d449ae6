package com.betterbros.props.math;

/**
 * Phi(x) by cubic Hermite interpolation of a table (values Phi and slopes phi at steps of 1/64 on
 * [-8.5, 8.5], from {@link Normal}): a few multiply-adds and no exp, about 4x cheaper than
 * {@link Normal#cdf}. The interpolation error is at most h^4 max|Phi''''| / 384 with h = 1/64 and
 * max|phi'''| = 1.38 (at x = 0), that is 2.1e-10, absolute; beyond the table Phi is 0 or 1
 * (Phi(-8.5) = 9.5e-18). For the slip quadrature ({@link PlackettRecursion}), whose own error
 * is about 1e-7; use {@link Normal#cdf} where relative accuracy in the tails matters.
 */
final class NormalTable {

  private static final double LOW = -8.5;
  private static final double STEPS_PER_UNIT = 64;
  private static final double STEP = 1 / STEPS_PER_UNIT;
  private static final int SIZE = (int) (2 * -LOW * STEPS_PER_UNIT) + 1;
  private static final double[] VALUE = new double[SIZE];
  private static final double[] SLOPE = new double[SIZE];

  static {
    for (int i = 0; i < SIZE; i++) {
      double x = LOW + i * STEP;
      VALUE[i] = Normal.cdf(x);
      SLOPE[i] = Normal.pdf(x) * STEP;
    }
  }

  private NormalTable() {}

  /** Phi(x) to 2.1e-10 absolute; NaN for NaN. */
  static double cdf(double x) {
    double u = (x - LOW) * STEPS_PER_UNIT;
    if (!(u >= 0)) {
      return Double.isNaN(x) ? Double.NaN : 0;
    }
    int i = (int) u;
    if (i >= SIZE - 1) {
      return 1;
    }
    double t = u - i;
    double t2 = t * t;
    double t3 = t2 * t;
    // Hermite basis on [0, 1]: h00 = 2t^3 - 3t^2 + 1, h10 = t^3 - 2t^2 + t, h01 = 3t^2 - 2t^3,
    // h11 = t^3 - t^2, with slopes scaled by the step
    double h01 = 3 * t2 - 2 * t3;
    return VALUE[i] + h01 * (VALUE[i + 1] - VALUE[i]) + (t3 - 2 * t2 + t) * SLOPE[i]
        + (t3 - t2) * SLOPE[i + 1];
  }
}
