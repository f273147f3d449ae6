package com.betterbros.props.math;

/**
 * Platt scaling (Platt, "Probabilistic outputs for support vector machines", 1999) applied to the
 * log-odds of a raw probability: with f = logit(p) = ln(p / (1 - p)), the calibrated probability is
 * p' = 1 / (1 + exp(A f + B)). A = -1, B = 0 is the identity.
 *
 * <p>A and B minimise the cross-entropy against Platt's smoothed targets t+ = (N+ + 1) / (N+ + 2)
 * for positives and t- = 1 / (N- + 2) for negatives, by Newton's method with a backtracking line
 * search in the numerically careful form of Lin, Lin and Weng ("A note on Platt's probabilistic
 * outputs for support vector machines", Machine Learning 68, 2007).
 */
public final class PlattCalibrator {

  /** Raw probabilities are clipped to [P_EPS, 1 - P_EPS] before the logit (|f| <= 34.5). */
  static final double P_EPS = 1e-15;

  private static final int MAX_ITERATIONS = 100;
  private static final double MIN_STEP = 1e-10;
  private static final double RIDGE = 1e-12;
  private static final double GRADIENT_TOLERANCE = 1e-5;

  private final double a;
  private final double b;

  private PlattCalibrator(double a, double b) {
    this.a = a;
    this.b = b;
  }

  /** Fits A and B to raw probabilities p and outcomes y (input contract as CalibrationMetrics). */
  public static PlattCalibrator fit(double[] p, int[] y) {
    CalibrationMetrics.validate(p, y);
    int n = p.length;
    double[] f = new double[n];
    double[] t = new double[n];
    double positives = 0;
    for (int i = 0; i < n; i++) {
      positives += y[i];
    }
    double negatives = n - positives;
    // Platt's targets: t+ = (N+ + 1)/(N+ + 2), t- = 1/(N- + 2)
    double hiTarget = (positives + 1) / (positives + 2);
    double loTarget = 1 / (negatives + 2);
    for (int i = 0; i < n; i++) {
      f[i] = logit(p[i]);
      t[i] = y[i] == 1 ? hiTarget : loTarget;
    }
    // Start: A = 0, B = ln((N- + 1)/(N+ + 1)), the smoothed base rate.
    double a = 0;
    double b = Math.log((negatives + 1) / (positives + 1));
    double value = objective(f, t, a, b);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      // Gradient g = sum (t_i - q_i) (f_i, 1), Hessian H = sum q_i (1 - q_i) (f_i, 1)(f_i, 1)'
      // + ridge, where q_i = 1 / (1 + exp(A f_i + B)) is the fitted probability.
      double h11 = RIDGE;
      double h22 = RIDGE;
      double h21 = 0;
      double g1 = 0;
      double g2 = 0;
      for (int i = 0; i < n; i++) {
        double q = sigmoid(-(a * f[i] + b));
        double d2 = q * (1 - q);
        h11 += f[i] * f[i] * d2;
        h22 += d2;
        h21 += f[i] * d2;
        double d1 = t[i] - q;
        g1 += f[i] * d1;
        g2 += d1;
      }
      if (Math.abs(g1) < GRADIENT_TOLERANCE && Math.abs(g2) < GRADIENT_TOLERANCE) {
        break;
      }
      // Newton direction d = -H^-1 g (2x2 inverse), slope along it gd = g'd
      double det = h11 * h22 - h21 * h21;
      double da = -(h22 * g1 - h21 * g2) / det;
      double db = -(-h21 * g1 + h11 * g2) / det;
      double gd = g1 * da + g2 * db;
      // Backtracking (Armijo): halve the step until F(x + s d) < F(x) + 1e-4 s g'd
      double step = 1;
      while (step >= MIN_STEP) {
        double na = a + step * da;
        double nb = b + step * db;
        double candidate = objective(f, t, na, nb);
        if (candidate < value + 1e-4 * step * gd) {
          a = na;
          b = nb;
          value = candidate;
          break;
        }
        step /= 2;
      }
      if (step < MIN_STEP) {
        break;
      }
    }
    return new PlattCalibrator(a, b);
  }

  /** A calibrator with the given coefficients (both finite). */
  public static PlattCalibrator of(double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new IllegalArgumentException("A and B must be finite, got " + a + ", " + b);
    }
    return new PlattCalibrator(a, b);
  }

  /** The calibrated probability 1 / (1 + exp(A logit(p) + B)) for a raw probability p in [0, 1]. */
  public double apply(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p = " + p + " is not in [0, 1]");
    }
    return sigmoid(-(a * logit(p) + b));
  }

  /** Slope A (negative when higher raw probabilities mean higher calibrated ones). */
  public double a() {
    return a;
  }

  /** Intercept B. */
  public double b() {
    return b;
  }

  @Override
  public String toString() {
    return "PlattCalibrator[A=" + a + ", B=" + b + "]";
  }

  /**
   * Cross-entropy sum_i [t_i z_i + ln(1 + e^-z_i)] with z_i = A f_i + B, written for z >= 0 and as
   * (t_i - 1) z_i + ln(1 + e^z_i) for z < 0 so that exp never overflows.
   */
  private static double objective(double[] f, double[] t, double a, double b) {
    double sum = 0;
    for (int i = 0; i < f.length; i++) {
      double z = a * f[i] + b;
      sum += z >= 0
          ? t[i] * z + Math.log1p(Math.exp(-z))
          : (t[i] - 1) * z + Math.log1p(Math.exp(z));
    }
    return sum;
  }

  /** logit(p) = ln(p / (1 - p)) with p clipped to [1e-15, 1 - 1e-15]. */
  static double logit(double p) {
    double q = Math.min(1 - P_EPS, Math.max(P_EPS, p));
    return Math.log(q) - Math.log1p(-q);
  }

  /** Logistic 1 / (1 + e^-x), evaluated without overflow for either sign of x. */
  static double sigmoid(double x) {
    if (x >= 0) {
      return 1 / (1 + Math.exp(-x));
    }
    double e = Math.exp(x);
    return e / (1 + e);
  }
}
