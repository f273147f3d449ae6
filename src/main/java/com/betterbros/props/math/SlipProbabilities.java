package com.betterbros.props.math;

import java.util.SplittableRandom;

/**
 * Deterministic slip probabilities under a Gaussian copula: leg i wins iff Z_i <= Phi^-1(p_i),
 * Z ~ N(0, R). Each of the 2^n win/loss patterns is a rectangle probability computed by Genz's
 * separation of variables (A. Genz, "Numerical computation of multivariate normal
 * probabilities", J. Comput. Graph. Stat. 1, 1992) on a fixed, shifted Richtmyer lattice.
 */
public final class SlipProbabilities {

  private static final int POINTS = 2048;
  private static final int SHIFTS = 4;
  /** Seed of the lattice shifts, so the result is the same on every call. */
  private static final long SHIFT_SEED = 20_240_601L;
  private static final double[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};

  private SlipProbabilities() {}

  /** P(all win) and P(exactly k win) for win probabilities {@code p} and correlation {@code r}. */
  public static SlipDistribution exact(double[] p, double[][] r) {
    double[] t = thresholds(p);
    int n = p.length;
    double[][] l = cholesky(r, n);
    double[][] lattice = lattice(n);
    double[] hits = new double[n + 1];
    for (int pattern = 0; pattern < (1 << n); pattern++) {
      hits[Integer.bitCount(pattern)] += rectangle(l, t, pattern, lattice);
    }
    return new SlipDistribution(hits[n], hits, 0);
  }

  /** Validates p and returns the win thresholds Phi^-1(p_i). */
  static double[] thresholds(double[] p) {
    if (p == null || p.length < 1 || p.length > 12) {
      throw new IllegalArgumentException("a slip needs 1..12 legs");
    }
    double[] t = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] > 0 && p[i] < 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in (0, 1), got " + p[i]);
      }
      t[i] = inverseCdf(p[i]);
    }
    return t;
  }

  /** Lower-triangular L with L L' = R; a pivot below 1e-12 (a PSD, singular R) gives a zero column. */
  static double[][] cholesky(double[][] r, int n) {
    CorrelationMatrix.validate(r, n, CorrelationMatrix.DEFAULT_TOLERANCE);
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = r[j][j];
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      l[j][j] = d > 1e-12 ? Math.sqrt(d) : 0;
      for (int i = j + 1; i < n; i++) {
        double s = r[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = l[j][j] == 0 ? 0 : s / l[j][j];
      }
    }
    return l;
  }

  // P(a < Z <= b) for the pattern's rectangle (bit i set: Z_i <= t_i, else Z_i > t_i), averaged over the lattice.
  private static double rectangle(double[][] l, double[] t, int pattern, double[][] lattice) {
    int n = t.length;
    double[] y = new double[n];
    double sum = 0;
    for (double[] w : lattice) {
      double prob = 1;
      for (int i = 0; i < n && prob > 0; i++) {
        double m = 0;
        for (int j = 0; j < i; j++) {
          m += l[i][j] * y[j];
        }
        boolean win = (pattern & (1 << i)) != 0;
        if (l[i][i] == 0) {
          // Z_i = m exactly: the event holds or not.
          prob = (m <= t[i]) == win ? prob : 0;
          y[i] = 0;
          continue;
        }
        double cut = cdf((t[i] - m) / l[i][i]);
        double lo = win ? 0 : cut;
        double hi = win ? cut : 1;
        prob *= hi - lo;
        // y_i = Phi^-1(lo + w_i (hi - lo)), a draw of the conditional truncated normal
        y[i] = inverseCdf(Math.min(1 - 1e-16, Math.max(1e-16, lo + w[i] * (hi - lo))));
      }
      sum += prob;
    }
    return sum / lattice.length;
  }

  private static double[][] lattice(int n) {
    SplittableRandom random = new SplittableRandom(SHIFT_SEED);
    double[][] points = new double[POINTS * SHIFTS][n];
    for (int s = 0; s < SHIFTS; s++) {
      double[] shift = new double[n];
      for (int i = 0; i < n; i++) {
        shift[i] = random.nextDouble();
      }
      for (int j = 0; j < POINTS; j++) {
        for (int i = 0; i < n; i++) {
          double u = (shift[i] + (j + 1) * Math.sqrt(PRIMES[i])) % 1.0;
          points[s * POINTS + j][i] = 1 - Math.abs(2 * u - 1); // baker's transform
        }
      }
    }
    return points;
  }

  /** Phi(x) by Marsaglia's Taylor series (J. Stat. Softw. 11(4), 2004), about 1e-15 absolute. */
  static double cdf(double x) {
    if (x < -37) {
      return 0;
    }
    if (x > 37) {
      return 1;
    }
    if (Math.abs(x) > 7) {
      return x > 0 ? 1 - cdf(-x) : tail(x);
    }
    double s = x;
    double t = 0;
    double b = x;
    double q = x * x;
    double i = 1;
    while (s != t) {
      t = s;
      i += 2;
      b *= q / i;
      s = t + b;
    }
    return 0.5 + s * Math.exp(-0.5 * q - 0.91893853320467274178);
  }

  // Mills-ratio continued fraction for the far lower tail, x < -7.
  private static double tail(double x) {
    double z = -x;
    double f = z;
    for (int k = 40; k >= 1; k--) {
      f = z + k / f;
    }
    return Math.exp(-0.5 * z * z - 0.91893853320467274178) / f;
  }

  /** Phi^-1(u): Acklam's rational approximation, then one Halley step on {@link #cdf}. */
  static double inverseCdf(double u) {
    double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
        1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00};
    double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
        6.680131188771972e+01, -1.328068155288572e+01};
    double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
        -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00};
    double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
    double x;
    if (u < 0.02425) {
      double q = Math.sqrt(-2 * Math.log(u));
      x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else if (u > 1 - 0.02425) {
      double q = Math.sqrt(-2 * Math.log(1 - u));
      x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
          / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
    } else {
      double q = u - 0.5;
      double r = q * q;
      x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
          / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
    // Halley: e = Phi(x) - u, x -= e / (phi(x) + x e / 2) with phi(x) = e / (e / phi)
    double e = cdf(x) - u;
    double g = e * Math.sqrt(2 * Math.PI) * Math.exp(0.5 * x * x);
    return x - g / (1 + x * g / 2);
  }
}
