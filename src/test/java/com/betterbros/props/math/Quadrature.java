package com.betterbros.props.math;

/** Slow, simple reference quadrature for the tests. */
final class Quadrature {

  /** A real function of one variable. */
  interface Function {
    double at(double x);
  }

  private Quadrature() {}

  /** Adaptive Simpson on consecutive panels of the given width (so no feature is skipped). */
  static double panels(Function f, double a, double b, double width, double tolerance) {
    double sum = 0;
    for (double lo = a; lo < b; lo += width) {
      sum += adaptiveSimpson(f, lo, Math.min(lo + width, b), tolerance);
    }
    return sum;
  }

  /** Adaptive Simpson with Richardson correction (Lyness 1969), absolute tolerance per panel. */
  static double adaptiveSimpson(Function f, double a, double b, double tolerance) {
    if (b <= a) {
      return 0;
    }
    double fa = f.at(a);
    double fb = f.at(b);
    double fm = f.at((a + b) / 2);
    return simpson(f, a, b, fa, fm, fb, (b - a) / 6 * (fa + 4 * fm + fb), tolerance, 60);
  }

  private static double simpson(Function f, double a, double b, double fa, double fm, double fb,
      double whole, double tolerance, int depth) {
    double m = (a + b) / 2;
    double lm = (a + m) / 2;
    double rm = (m + b) / 2;
    double flm = f.at(lm);
    double frm = f.at(rm);
    double left = (m - a) / 6 * (fa + 4 * flm + fm);
    double right = (b - m) / 6 * (fm + 4 * frm + fb);
    double delta = left + right - whole;
    if (depth <= 0 || Math.abs(delta) <= 15 * tolerance) {
      return left + right + delta / 15;
    }
    return simpson(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1)
        + simpson(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1);
  }
}
