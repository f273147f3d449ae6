package com.betterbros.props.optimize.core;

/**
 * Arithmetic on hit distributions: {@code pmf[k]} = P(K = k) for a count K of winning legs, and
 * survival functions S(m) = P(K >= m). The bounds of {@link ExactSlipSearch} rest on the usual
 * stochastic order (K <=st K' iff S_K <= S_K' pointwise; Shaked and Shanthikumar, "Stochastic
 * Orders", 2007, ch. 1): it is kept by adding independent counts, and E[g(K)] <= E[g(K')] for every
 * non-decreasing g, such as a payout table's running maximum.
 */
final class HitDistributions {

  private HitDistributions() {}

  /** The distribution of K1 + K2 for independent K1 ~ a, K2 ~ b: (a * b)[k] = sum_j a[j] b[k - j]. */
  static double[] convolve(double[] a, double[] b) {
    double[] c = new double[a.length + b.length - 1];
    for (int i = 0; i < a.length; i++) {
      if (a[i] == 0) {
        continue;
      }
      for (int j = 0; j < b.length; j++) {
        c[i + j] += a[i] * b[j];
      }
    }
    return c;
  }

  /** S(m) = P(K >= m) = sum_{k >= m} pmf[k], m = 0..n (S(0) forced to 1). */
  static double[] survival(double[] pmf) {
    double[] s = new double[pmf.length];
    double tail = 0;
    for (int m = pmf.length - 1; m >= 1; m--) {
      tail += pmf[m];
      s[m] = Math.min(1, tail);
    }
    s[0] = 1;
    return s;
  }

  /** The pmf of a non-increasing survival function: pmf[k] = S(k) - S(k + 1). */
  static double[] fromSurvival(double[] s) {
    double[] pmf = new double[s.length];
    for (int k = 0; k < s.length; k++) {
      pmf[k] = Math.max(0, s[k] - (k + 1 < s.length ? s[k + 1] : 0));
    }
    return pmf;
  }

  /**
   * The distribution whose survival is max(S_a, S_b) pointwise: it dominates both (null stands
   * for "no such count" and is ignored). Both must describe counts of the same number of legs.
   */
  static double[] upperEnvelope(double[] a, double[] b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    double[] sa = survival(a);
    double[] sb = survival(b);
    for (int m = 0; m < sa.length; m++) {
      sa[m] = Math.max(sa[m], sb[m]);
    }
    return fromSurvival(sa);
  }

  /**
   * The distribution whose survival is min(S_a, S_b): when K <=st a and K <=st b, also K <=st it
   * (S_K <= min(S_a, S_b), and a minimum of non-increasing functions is non-increasing).
   */
  static double[] lowerEnvelope(double[] a, double[] b) {
    double[] sa = survival(a);
    double[] sb = survival(b);
    for (int m = 0; m < sa.length; m++) {
      sa[m] = Math.min(sa[m], sb[m]);
    }
    return fromSurvival(sa);
  }

  /**
   * A distribution dominating the count of a block grown by {@code extra} legs: adding legs adds at
   * most {@code extra} wins, so K' <= K + extra surely, S'(m) <= S(m - extra). {@code slack} is added
   * to S(m), m >= 1, because computed probabilities are monotone only up to their accuracy.
   */
  static double[] grown(double[] pmf, int extra, double slack) {
    int n = pmf.length - 1 + extra;
    double[] s = survival(pmf);
    double[] out = new double[n + 1];
    for (int m = 0; m <= n; m++) {
      double base = m - extra <= 0 ? 1 : s[m - extra];
      out[m] = m == 0 ? 1 : Math.min(1, base + slack);
    }
    return fromSurvival(out);
  }

  /** E[g(K)] = sum_k pmf[k] g[k]. */
  static double expectation(double[] pmf, double[] g) {
    double e = 0;
    for (int k = 0; k < pmf.length; k++) {
      e += pmf[k] * g[k];
    }
    return e;
  }

  /** The running maximum of a payout table, M'_k = max_{j <= k} M_j: non-decreasing, M' >= M. */
  static double[] runningMax(double[] m) {
    double[] out = m.clone();
    for (int k = 1; k < out.length; k++) {
      out[k] = Math.max(out[k], out[k - 1]);
    }
    return out;
  }
}
