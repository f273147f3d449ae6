package com.betterbros.props.math;

/**
 * TEMPORARY copy for the model branch (the math branch owns this class): the negative binomial
 * distribution parameterised by its mean mu and size r (Var = mu + mu^2 / r); r = +Infinity is the
 * Poisson limit.
 */
public final class NegativeBinomial {

  private NegativeBinomial() {}

  /** P(X > line) for X ~ NB(mu, r); 1 for a negative line. */
  public static double probabilityOver(double line, double mu, double r) {
    if (line < 0) {
      return 1;
    }
    long last = (long) Math.floor(line);
    double cdf = 0;
    double pk = pmfZero(mu, r);
    for (long k = 0; k <= last && cdf < 1; k++) {
      cdf += pk;
      pk *= ratio(k, mu, r);
    }
    return Math.max(0, 1 - cdf);
  }

  /** The smallest k with P(X <= k) >= q. */
  public static double quantile(double q, double mu, double r) {
    double cdf = 0;
    double pk = pmfZero(mu, r);
    long k = 0;
    while (true) {
      cdf += pk;
      if (cdf >= q || pk == 0 && k > mu) {
        return k;
      }
      pk *= ratio(k, mu, r);
      k++;
    }
  }

  /**
   * Maximum-likelihood size r for counts y with known means mu (golden-section search on ln r);
   * +Infinity (Poisson) when the data are not over-dispersed.
   */
  public static double fitSize(double[] y, double[] mu) {
    double excess = 0;
    for (int i = 0; i < y.length; i++) {
      // method-of-moments check: sum (y - mu)^2 - y > 0 means Var > mean
      excess += (y[i] - mu[i]) * (y[i] - mu[i]) - y[i];
    }
    if (excess <= 0) {
      return Double.POSITIVE_INFINITY;
    }
    double lo = Math.log(0.05);
    double hi = Math.log(1e5);
    double g = (Math.sqrt(5) - 1) / 2;
    for (int it = 0; it < 100; it++) {
      double a = hi - g * (hi - lo);
      double b = lo + g * (hi - lo);
      if (logLikelihood(y, mu, Math.exp(a)) > logLikelihood(y, mu, Math.exp(b))) {
        hi = b;
      } else {
        lo = a;
      }
    }
    double r = Math.exp((lo + hi) / 2);
    return r > 0.99e5 ? Double.POSITIVE_INFINITY : r;
  }

  // sum lnG(y + r) - lnG(r) + r ln(r / (r + mu)) + y ln(mu / (r + mu)), constant terms dropped
  private static double logLikelihood(double[] y, double[] mu, double r) {
    double sum = 0;
    for (int i = 0; i < y.length; i++) {
      double m = Math.max(mu[i], 1e-9);
      sum += lnGamma(y[i] + r) - lnGamma(r) + r * Math.log(r / (r + m)) + y[i] * Math.log(m / (r + m));
    }
    return sum;
  }

  private static double pmfZero(double mu, double r) {
    // P(0) = (r / (r + mu))^r, or e^-mu for Poisson
    return Double.isInfinite(r) ? Math.exp(-mu) : Math.exp(r * Math.log(r / (r + mu)));
  }

  private static double ratio(long k, double mu, double r) {
    // P(k+1) / P(k) = (k + r) / (k + 1) * mu / (r + mu), Poisson: mu / (k + 1)
    return Double.isInfinite(r) ? mu / (k + 1) : (k + r) / (k + 1) * mu / (r + mu);
  }

  // Lanczos approximation (g = 7, 9 coefficients), |error| < 1e-13 for x > 0.5
  private static double lnGamma(double x) {
    double[] c = {0.99999999999980993, 676.5203681218851, -1259.1392167224028,
        771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7};
    double z = x - 1;
    double a = c[0];
    double t = z + 7.5;
    for (int i = 1; i < 9; i++) {
      a += c[i] / (z + i);
    }
    return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
  }
}
