package com.betterbros.props.math;

/**
 * The predictive distribution of a count served by the regression model: a negative binomial
 * NB(mu, r) (r = +Infinity: Poisson) whose survival function is passed through the isotonic
 * calibrator g, S*(k) = g(P(X &gt; k)). g is continuous and non-decreasing with g(0) = 0 and
 * g(1) = 1 ({@link IsotonicCalibrator#fitAnchored}), so S* is again a survival function: the served
 * P(over), the projected mean E[X] = Σ_{k≥0} S*(k) and the quantiles all come from this one
 * distribution and agree (the upper end q90 of the 80% interval has P*(X &gt; q90) ≤ 0.10).
 * The NB terms come from {@link NegativeBinomialWalk} (the term-ratio recurrence, scaled so an
 * underflowing P(0) costs nothing) until the NB tail falls below {@value #TAIL}. Immutable.
 */
public final class CalibratedCounts {

  /** The NB tail below which the survival is taken as 0. */
  static final double TAIL = 1e-10;
  private static final int MAX_K = 100_000;

  private final double[] survival;

  private CalibratedCounts(double[] survival) {
    this.survival = survival;
  }

  /**
   * The calibrated distribution of NB(mu, r); {@code calibrator} null means none (g = identity).
   *
   * @throws IllegalArgumentException for mu not finite and &gt;= 0, or r &lt;= 0
   */
  public static CalibratedCounts of(double mu, double r, IsotonicCalibrator calibrator) {
    NegativeBinomialWalk.check(mu, r);
    NegativeBinomialWalk walk = new NegativeBinomialWalk(mu, r);
    double[] s = new double[64];
    int k = 0;
    double tail = 1 - walk.cumulative();   // P(X > k), the walk standing at index k
    while (tail > TAIL && k < MAX_K) {
      if (k == s.length) {
        s = java.util.Arrays.copyOf(s, s.length * 2);
      }
      s[k++] = calibrator == null ? tail : calibrator.apply(tail);
      if (!walk.step()) {
        break;
      }
      tail = 1 - walk.cumulative();
    }
    return new CalibratedCounts(java.util.Arrays.copyOf(s, k));
  }

  /** P*(X &gt; line) = S*(floor(line)); 1 for a negative line. */
  public double probabilityOver(double line) {
    double f = Math.floor(line);
    if (f < 0) {
      return 1;
    }
    return f >= survival.length ? 0 : survival[(int) f];
  }

  /** E*[X] = Σ_{k≥0} S*(k). */
  public double mean() {
    double sum = 0;
    for (double v : survival) {
      sum += v;
    }
    return sum;
  }

  /** The q-quantile: the smallest k with P*(X ≤ k) ≥ q, i.e. S*(k) ≤ 1 - q. */
  public int quantile(double q) {
    for (int k = 0; k < survival.length; k++) {
      if (survival[k] <= 1 - q) {
        return k;
      }
    }
    return survival.length;
  }

  /** P*(X ≤ k), for the PIT of an outcome. */
  public double cdf(int k) {
    return k < 0 ? 0 : 1 - probabilityOver(k);
  }
}
