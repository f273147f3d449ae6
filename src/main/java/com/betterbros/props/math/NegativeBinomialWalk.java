package com.betterbros.props.math;

/**
 * Walks the NB2 probabilities P(0), P(1), ... by the term-ratio recurrence of {@link
 * NegativeBinomial}, keeping the current term and the running sum in scaled form:
 * P(k) = term * exp(logScale) and P(0) + ... + P(k) = sum * exp(logScale). When the term grows past
 * 1e150 both are divided by it and its logarithm moves into logScale, so neither overflows and an
 * underflowing P(0) (for example Poisson with mu > 745) costs no accuracy.
 */
final class NegativeBinomialWalk {

  /** Rescale once the scaled term exceeds this (a single ratio is far below 1e150 for sane mu). */
  private static final double RESCALE = 1e150;

  /** The sum is final once the bound on the remaining tail is below this fraction of it. */
  private static final double TAIL_FRACTION = 1e-17;

  private final double mu;
  private final double r;
  private final boolean poisson;
  /** c = mu / (mu + r): the limit of the term ratio as k grows (0 for Poisson). */
  private final double c;
  private int index;
  /** P(index + 1) / P(index). */
  private double nextRatio;
  private double term = 1;
  private double sum = 1;
  private double logScale;
  private boolean converged;

  NegativeBinomialWalk(double mu, double r) {
    this.mu = mu;
    this.r = r;
    this.poisson = r == Double.POSITIVE_INFINITY;
    this.c = poisson ? 0 : mu / (mu + r);
    // ln P(0) = -r ln(1 + mu / r)  (-mu for Poisson)
    this.logScale = poisson ? -mu : -r * Math.log1p(mu / r);
    this.converged = mu == 0;
    this.nextRatio = ratio(0);
  }

  /** Rejects a mean that is not finite and non-negative or a size that is not positive. */
  static void check(double mu, double r) {
    if (!(mu >= 0) || Double.isInfinite(mu)) {
      throw new IllegalArgumentException("mean must be finite and >= 0, got " + mu);
    }
    if (!(r > 0)) {
      throw new IllegalArgumentException("size must be > 0 (or +Infinity), got " + r);
    }
  }

  /** k of the last term added. */
  int index() {
    return index;
  }

  /** Steps until index = k or the sum has converged. */
  void advanceTo(int k) {
    while (index < k) {
      if (!step()) {
        return;
      }
    }
  }

  /** P(0) + ... + P(index), at most 1. */
  double cumulative() {
    return Math.min(1.0, Math.exp(logScale + Math.log(sum)));
  }

  /**
   * Adds P(index + 1) and returns true, or returns false without change once the tail beyond the
   * current index is below 1e-17 of the sum (the CDF has reached its double-precision limit).
   */
  boolean step() {
    if (converged || index == Integer.MAX_VALUE) {
      return false;
    }
    term *= nextRatio;
    sum += term;
    index++;
    nextRatio = ratio(index);
    if (term > RESCALE) {
      // P(k) = term e^L = 1 * e^(L + ln term): move the magnitude into the scale
      logScale += Math.log(term);
      sum /= term;
      term = 1;
    }
    // Past the mode the ratios after this index are at most rho = max(ratio(index), c) < 1, so the
    // tail P(index+1) + ... <= P(index) rho / (1 - rho).
    double rho = Math.max(nextRatio, c);
    if (rho < 1 && term * rho / (1 - rho) < TAIL_FRACTION * sum) {
      converged = true;
    }
    return true;
  }

  /** P(k) by walking the ratios from P(0); 0 once the terms past the mode drop below 1e-300. */
  double termAt(int k) {
    if (mu == 0) {
      return k == 0 ? 1 : 0;
    }
    double t = 1;
    double scale = logScale;
    for (int j = 0; j < k; j++) {
      t *= ratio(j);
      if (t > RESCALE) {
        scale += Math.log(t);
        t = 1;
      }
      if (t < 1e-300) {
        // t starts at 1 and only grows before the mode, so this is past it and P(k) <= t e^scale
        // <= t (scale <= 0 because P <= 1): the remaining terms only shrink.
        return 0;
      }
    }
    return Math.exp(scale + Math.log(t));
  }

  /** P(j + 1) / P(j) = (j + r) / (mu + r) * mu / (j + 1), or mu / (j + 1) for Poisson. */
  private double ratio(int j) {
    return poisson ? mu / (j + 1.0) : (j + r) / (mu + r) * (mu / (j + 1.0));
  }
}
