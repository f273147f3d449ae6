package com.betterbros.props.optimize.core;

import com.betterbros.props.math.Breakeven;

/**
 * The economics of one unit staked on a slip whose number of winning legs K has the distribution
 * {@code hits[k]} = P(K = k) and which pays {@code multipliers[k]} = M_k (the stake included) for
 * k hits. The unit's return is R = M_K; its profit is R - 1.
 */
public final class SlipEconomics {

  /** Bisection stops when the bracket is narrower than this (breakeven and Kelly fraction). */
  static final double TOLERANCE = 1e-10;

  private SlipEconomics() {}

  /**
   * The payouts M_k times {@code factor}: a slip whose legs pay multipliers m_i pays the table's
   * M_k times their product.
   */
  public static double[] scaled(double[] multipliers, double factor) {
    double[] m = multipliers.clone();
    for (int k = 0; k < m.length; k++) {
      m[k] *= factor;
    }
    return m;
  }

  /** EV per unit staked: E[R] - 1 = sum_k P(k) M_k - 1. */
  public static double expectedValue(double[] hits, double[] multipliers) {
    check(hits, multipliers);
    double mean = 0;
    for (int k = 0; k < hits.length; k++) {
      mean += hits[k] * multipliers[k];
    }
    return mean - 1;
  }

  /** P(profit) = sum of P(k) over the k with M_k > 1. */
  public static double profitProbability(double[] hits, double[] multipliers) {
    check(hits, multipliers);
    double p = 0;
    for (int k = 0; k < hits.length; k++) {
      if (multipliers[k] > 1) {
        p += hits[k];
      }
    }
    return p;
  }

  /** Var(R) = sum_k P(k) M_k^2 - (sum_k P(k) M_k)^2 (the same for the profit R - 1). */
  public static double variance(double[] hits, double[] multipliers) {
    double mean = expectedValue(hits, multipliers) + 1;
    double second = 0;
    for (int k = 0; k < hits.length; k++) {
      second += hits[k] * multipliers[k] * multipliers[k];
    }
    return Math.max(0, second - mean * mean);
  }

  /**
   * The Kelly fraction of the bankroll: the f in [0, 1] maximising the expected log growth
   * G(f) = sum_k P(k) log(1 - f + f M_k) (Kelly, "A new interpretation of information rate", 1956,
   * for several outcomes). G is concave, so its maximiser is the root of the decreasing
   * G'(f) = sum_k P(k) (M_k - 1) / (1 - f + f M_k), found by bisection. 0 when EV <= 0 (G'(0) =
   * EV); 1 only when no outcome of positive probability loses money. For one win paying b + 1 with
   * probability p it reduces to (b p - q) / b.
   */
  public static double kellyFraction(double[] hits, double[] multipliers) {
    if (expectedValue(hits, multipliers) <= 0) {
      return 0;
    }
    double worst = Double.POSITIVE_INFINITY;
    for (int k = 0; k < hits.length; k++) {
      if (hits[k] > 0) {
        worst = Math.min(worst, multipliers[k]);
      }
    }
    if (worst >= 1) {
      return 1;
    }
    // Some outcome loses (M_k < 1): G'(f) -> -inf as f -> 1/(1 - M_min), so the root lies in (0, 1).
    double lo = 0;
    double hi = 1;
    while (hi - lo > TOLERANCE) {
      double f = 0.5 * (lo + hi);
      if (growthSlope(hits, multipliers, f) > 0) {
        lo = f;
      } else {
        hi = f;
      }
    }
    return 0.5 * (lo + hi);
  }

  /**
   * The per-leg breakeven p of a table: with independent legs each won with probability p, the
   * slip returns its stake on average. A clean-sweep table gives M^(-1/n) ({@link Breakeven#power});
   * otherwise the root of sum_k C(n,k) p^k (1-p)^(n-k) M_k = 1, by bisection on [0, 1] to 1e-10
   * (the expected return rises with p when M_k rises with k, as in every published table). NaN
   * when there is no root (the table never pays back the stake, or always does).
   */
  public static double breakeven(PayoutTable table) {
    if (table.allOrNothing()) {
      double m = table.multiplier(table.legs());
      return m >= 1 ? Breakeven.power(m, table.legs()) : Double.NaN;
    }
    double[] m = table.byHits();
    if (binomialReturn(m, 0) >= 1 || binomialReturn(m, 1) <= 1) {
      return Double.NaN;
    }
    double lo = 0;
    double hi = 1;
    while (hi - lo > TOLERANCE) {
      double p = 0.5 * (lo + hi);
      if (binomialReturn(m, p) < 1) {
        lo = p;
      } else {
        hi = p;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** E[R] with independent legs each won with probability p: sum_k C(n,k) p^k (1-p)^(n-k) M_k. */
  static double binomialReturn(double[] m, double p) {
    int n = m.length - 1;
    double sum = 0;
    double choose = 1; // C(n, k), built up as C(n, k) = C(n, k-1) (n - k + 1) / k
    for (int k = 0; k <= n; k++) {
      if (k > 0) {
        choose = choose * (n - k + 1) / k;
      }
      sum += choose * Math.pow(p, k) * Math.pow(1 - p, n - k) * m[k];
    }
    return sum;
  }

  // G'(f) = sum_k P(k) (M_k - 1) / (1 - f + f M_k)
  private static double growthSlope(double[] hits, double[] multipliers, double f) {
    double slope = 0;
    for (int k = 0; k < hits.length; k++) {
      if (hits[k] > 0) {
        slope += hits[k] * (multipliers[k] - 1) / (1 - f + f * multipliers[k]);
      }
    }
    return slope;
  }

  private static void check(double[] hits, double[] multipliers) {
    if (hits.length != multipliers.length || hits.length < 2) {
      throw new IllegalArgumentException("hits and multipliers must both have n + 1 >= 2 entries, got "
          + hits.length + " and " + multipliers.length);
    }
  }
}
