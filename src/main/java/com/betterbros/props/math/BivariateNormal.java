package com.betterbros.props.math;

/**
 * The standard bivariate normal CDF by A. Genz's BVND ("Numerical computation of rectangular
 * bivariate and trivariate normal and t probabilities", Statistics and Computing 14, 2004), a
 * refinement of Drezner and Wesolowsky (1990): for |rho| < 0.925 Gauss–Legendre quadrature of
 * Sheppard's formula over asin(rho), otherwise an asymptotic expansion of the integrand near
 * |rho| = 1 plus a quadrature correction. Absolute error about 1e-15.
 */
public final class BivariateNormal {

  private static final double TWO_PI = 2 * Math.PI;

  private BivariateNormal() {}

  /**
   * P(X <= h, Y <= k) for standard normals X, Y with correlation rho in [-1, 1]; infinite limits
   * are allowed. Values of rho within 1e-8 outside [-1, 1] are clamped (rounding), larger ones
   * rejected.
   */
  public static double cdf(double h, double k, double rho) {
    if (Double.isNaN(h) || Double.isNaN(k) || !(Math.abs(rho) <= 1 + 1e-8)) {
      throw new IllegalArgumentException(
          "need non-NaN limits and rho in [-1, 1], got h=" + h + " k=" + k + " rho=" + rho);
    }
    if (h == Double.NEGATIVE_INFINITY || k == Double.NEGATIVE_INFINITY) {
      return 0;
    }
    if (h == Double.POSITIVE_INFINITY) {
      return Normal.cdf(k);
    }
    if (k == Double.POSITIVE_INFINITY) {
      return Normal.cdf(h);
    }
    if (rho >= 1) {
      return Normal.cdf(Math.min(h, k));
    }
    if (rho <= -1) {
      // Y = -X: P(-k <= X <= h)
      return Math.max(0, Normal.cdf(h) - Normal.cdf(-k));
    }
    // BVND gives the upper orthant P(X > dh, Y > dk); P(X <= h, Y <= k) = P(-X > -h, -Y > -k)
    return Math.clamp(upper(-h, -k, rho), 0, 1);
  }

  /** Genz's BVND: P(X > dh, Y > dk) for |r| < 1. */
  private static double upper(double dh, double dk, double r) {
    GaussLegendre rule;
    double absR = Math.abs(r);
    if (absR < 0.3) {
      rule = GaussLegendre.N6;
    } else if (absR < 0.75) {
      rule = GaussLegendre.N12;
    } else {
      rule = GaussLegendre.N20;
    }
    double h = dh;
    double k = dk;
    double hk = h * k;
    double bvn = 0;
    if (absR < 0.925) {
      // Sheppard: L(h, k, r) = Phi(-h) Phi(-k) + 1/(2 pi) int_0^asin r exp(-(h^2 + k^2
      //   - 2 h k sin t) / (2 cos^2 t)) dt, by Gauss–Legendre on t = asin(r) (x + 1) / 2
      double hs = (h * h + k * k) / 2;
      double asr = Math.asin(r);
      for (int i = 0; i < rule.size(); i++) {
        double sn = Math.sin(asr * (rule.node(i) + 1) / 2);
        bvn += rule.weight(i) * Math.exp((sn * hk - hs) / (1 - sn * sn));
      }
      return bvn * asr / (2 * TWO_PI) + Normal.cdf(-h) * Normal.cdf(-k);
    }
    if (r < 0) {
      k = -k;
      hk = -hk;
    }
    // near |r| = 1: integrate in x = sqrt(1 - r^2) sin-like variable, subtracting the first terms
    // of the asymptotic expansion (Drezner–Wesolowsky; Genz 2004, section 2.2)
    double as = (1 - r) * (1 + r);
    double a = Math.sqrt(as);
    double bs = (h - k) * (h - k);
    double c = (4 - hk) / 8;
    double d = (12 - hk) / 16;
    double asr = -(bs / as + hk) / 2;
    if (asr > -100) {
      bvn = a * Math.exp(asr) * (1 - c * (bs - as) * (1 - d * bs / 5) / 3 + c * d * as * as / 5);
    }
    if (-hk < 100) {
      double b = Math.sqrt(bs);
      bvn -= Math.exp(-hk / 2) * Math.sqrt(TWO_PI) * Normal.cdf(-b / a) * b
          * (1 - c * bs * (1 - d * bs / 5) / 3);
    }
    a /= 2;
    for (int i = 0; i < rule.size(); i++) {
      double xs = a * (rule.node(i) + 1);
      xs *= xs;
      double rs = Math.sqrt(1 - xs);
      double exponent = -(bs / xs + hk) / 2;
      if (exponent > -100) {
        bvn += a * rule.weight(i) * Math.exp(exponent)
            * (Math.exp(-hk * xs / (2 * (1 + rs) * (1 + rs))) / rs - (1 + c * xs * (1 + d * xs)));
      }
    }
    bvn = -bvn / TWO_PI;
    if (r > 0) {
      return bvn + Normal.cdf(-Math.max(h, k));
    }
    bvn = -bvn;
    if (k > h) {
      bvn += h < 0 ? Normal.cdf(k) - Normal.cdf(h) : Normal.cdf(-h) - Normal.cdf(-k);
    }
    return bvn;
  }
}
