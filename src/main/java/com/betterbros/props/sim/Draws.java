package com.betterbros.props.sim;

import java.util.SplittableRandom;

/**
 * Random variates built only on {@link SplittableRandom#nextDouble()}, whose algorithm is fixed by
 * its specification, so a seed gives the same season on every JDK.
 */
final class Draws {

  private Draws() {}

  /** Standard normal by Marsaglia's polar method (the second variate of each pair is discarded). */
  static double gaussian(SplittableRandom rng) {
    while (true) {
      double u = 2 * rng.nextDouble() - 1;
      double v = 2 * rng.nextDouble() - 1;
      double s = u * u + v * v;
      if (s > 0 && s < 1) {
        return u * Math.sqrt(-2 * StrictMath.log(s) / s);
      }
    }
  }

  static double normal(SplittableRandom rng, double mean, double sd) {
    return mean + sd * gaussian(rng);
  }

  /** A normal draw clamped to [lo, hi]. */
  static double clampedNormal(SplittableRandom rng, double mean, double sd, double lo, double hi) {
    return Math.max(lo, Math.min(hi, normal(rng, mean, sd)));
  }

  /** Log-normal multiplier exp(sd * Z) with median 1. */
  static double logNormal(SplittableRandom rng, double sd) {
    return StrictMath.exp(sd * gaussian(rng));
  }

  static double uniform(SplittableRandom rng, double lo, double hi) {
    return lo + (hi - lo) * rng.nextDouble();
  }

  /**
   * Poisson by sequential inversion of the CDF (Devroye, Non-Uniform Random Variate Generation,
   * section X.3); meant for lambda below about 30.
   */
  static int poisson(SplittableRandom rng, double lambda) {
    double u = rng.nextDouble();
    double p = StrictMath.exp(-lambda);
    double cdf = p;
    int k = 0;
    while (u > cdf && k < 1000) {
      k++;
      p *= lambda / k;
      cdf += p;
    }
    return k;
  }

  /** Index drawn with probability proportional to {@code weights[i]}, skipping {@code excluded}. */
  static int pick(SplittableRandom rng, double[] weights, double total, int excluded) {
    double target = rng.nextDouble() * total;
    int last = -1;
    for (int i = 0; i < weights.length; i++) {
      if (i == excluded || weights[i] <= 0) {
        continue;
      }
      last = i;
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return last;
  }
}
