package com.betterbros.props.math;

/**
 * The NB2 negative binomial count distribution with mean mu >= 0 and size r > 0 (Cameron and
 * Trivedi, Regression Analysis of Count Data, 2nd ed., section 3.3): Var = mu + mu^2 / r, and
 * r = +Infinity is the Poisson distribution with mean mu.
 *
 * <p>Probabilities come from the ratio of successive terms, started at P(0):
 * P(0) = (r / (r + mu))^r = exp(-r ln(1 + mu / r))   (exp(-mu) for Poisson),
 * P(k+1) = P(k) (k + r) / (k + 1) * mu / (mu + r)      (P(k) mu / (k + 1) for Poisson).
 * Every factor is positive, so there is no cancellation. The walk keeps the terms scaled by a
 * separate logarithm (see {@link NegativeBinomialWalk}), so P(0) may underflow without harm, and
 * the CDF stops walking once the remaining tail cannot change the sum in double precision.
 */
public final class NegativeBinomial {

  private NegativeBinomial() {}

  /** P(X = k); 0 for k < 0. */
  public static double pmf(int k, double mu, double r) {
    NegativeBinomialWalk.check(mu, r);
    if (k < 0) {
      return 0;
    }
    return new NegativeBinomialWalk(mu, r).termAt(k);
  }

  /** P(X <= k); 0 for k < 0. */
  public static double cdf(int k, double mu, double r) {
    NegativeBinomialWalk.check(mu, r);
    if (k < 0) {
      return 0;
    }
    NegativeBinomialWalk walk = new NegativeBinomialWalk(mu, r);
    walk.advanceTo(k);
    return walk.cumulative();
  }

  /**
   * P(X > line) = 1 - P(X <= floor(line)), the probability that an "over" on {@code line} wins (for
   * an x.5 line there is no push).
   */
  public static double probabilityOver(double line, double mu, double r) {
    if (Double.isNaN(line)) {
      throw new IllegalArgumentException("line is NaN");
    }
    double floor = Math.floor(line);
    int k = floor >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(-1, floor);
    return 1 - cdf(k, mu, r);
  }

  /**
   * The q-quantile: the smallest k with cdf(k) >= q, for q in [0, 1]. +Infinity when no such k
   * exists in double precision (q above the largest value the CDF reaches, e.g. q = 1 when mu > 0).
   */
  public static double quantile(double q, double mu, double r) {
    NegativeBinomialWalk.check(mu, r);
    if (!(q >= 0 && q <= 1)) {
      throw new IllegalArgumentException("q = " + q + " is not in [0, 1]");
    }
    NegativeBinomialWalk walk = new NegativeBinomialWalk(mu, r);
    while (walk.cumulative() < q) {
      if (!walk.step()) {
        // cdf(k) stays at this value for every larger k, which is still below q
        return Double.POSITIVE_INFINITY;
      }
    }
    return walk.index();
  }

  /**
   * Maximum-likelihood size r for counts y_i with given means mu_i (see {@link
   * NegativeBinomialFit}).
   * Returns +Infinity when the data are not overdispersed (the likelihood peaks at r = 1e4, the top
   * of the search range, i.e. Poisson).
   */
  public static double fitSize(double[] y, double[] mu) {
    return NegativeBinomialFit.fitSize(y, mu);
  }
}
