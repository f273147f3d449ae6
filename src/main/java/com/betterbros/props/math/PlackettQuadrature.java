package com.betterbros.props.math;

/**
 * The stateless pieces of {@link PlackettRecursion}: the Gauss–Legendre rules and how many nodes
 * an integral gets, the bivariate normal density, and the recursion written out in closed form
 * for 2 legs (Plackett's one-dimensional integral for the bivariate CDF) and 3 legs.
 *
 * <p>Node counts: an integrand analytic inside the Bernstein ellipse with parameter rho around
 * the interval is integrated by a Q-node Gauss–Legendre rule with error O(rho^(-2Q)); the rule
 * gets the smallest Q with rho^(-2Q) <= {@value #RULE_TOLERANCE}, rho from the nearest
 * singularity x* (interval mapped to [-1, 1]): rho = x* + sqrt(x*^2 - 1).
 */
final class PlackettQuadrature {

  /** Target for the quadrature term rho^(-2Q) of each t integral. */
  static final double RULE_TOLERANCE = 1e-5;
  /** Most nodes of one rule; a singularity nearer than that allows is declined. */
  static final int MAX_NODES = 40;
  private static final GaussLegendre[] RULES = new GaussLegendre[MAX_NODES + 1];
  private static final double INV_TWO_PI = 1 / (2 * Math.PI);

  private static final double[] LARGEST_SQUARED_MULTIPLE = new double[MAX_NODES + 1];

  static {
    for (int q = 2; q <= MAX_NODES; q++) {
      RULES[q] = new GaussLegendre(q);
      LARGEST_SQUARED_MULTIPLE[q] = largestSquaredMultiple(q);
    }
  }

  private PlackettQuadrature() {}

  /** The q-node rule on [-1, 1], 2 <= q <= {@value #MAX_NODES}. */
  static GaussLegendre rule(int q) {
    return RULES[q];
  }

  /**
   * The recursion written out for 3 legs (the innermost level of every larger problem): the
   * pivot a joins the bivariate rest, and each term's conditional problem is the single leg k.
   */
  static boolean threeLegs(double[] b, double[] r, double[] out) {
    double r01 = r[1];
    double r02 = r[2];
    double r12 = r[5];
    double det = 1 - r01 * r01 - r02 * r02 - r12 * r12 + 2 * r01 * r02 * r12;
    if (!(det > 1e-12)) {
      return false;
    }
    // squared multiple correlation of leg i: 1 - 1 / (R^-1)_ii = 1 - det / (1 - r_jk^2)
    double s0 = 1 - det / (1 - r12 * r12);
    double s1 = 1 - det / (1 - r02 * r02);
    double s2 = 1 - det / (1 - r01 * r01);
    int a;
    int j;
    int k;
    double rjk;
    double squared;
    if (s0 <= s1 && s0 <= s2) {
      a = 0; j = 1; k = 2; rjk = r12; squared = s0;
    } else if (s1 <= s2) {
      a = 1; j = 0; k = 2; rjk = r02; squared = s1;
    } else {
      a = 2; j = 0; k = 1; rjk = r01; squared = s2;
    }
    GaussLegendre rule = ruleFor(Math.max(0, squared));
    if (rule == null) {
      return false;
    }
    double ba = b[a];
    double pa = NormalTable.cdf(ba);
    double pj = NormalTable.cdf(b[j]);
    double pk = NormalTable.cdf(b[k]);
    double both = bivariate(b[j], b[k], rjk, pj, pk);
    double h0 = 1 - pj - pk + both;
    double h1 = pj + pk - 2 * both;
    out[0] = (1 - pa) * h0;
    out[1] = pa * h0 + (1 - pa) * h1;
    out[2] = pa * h1 + (1 - pa) * both;
    out[3] = pa * both;
    // two terms: partner j with the other leg k left, and partner k with j left
    for (int term = 0; term < 2; term++) {
      int partner = term == 0 ? j : k;
      int left = term == 0 ? k : j;
      double rap = r[a * 3 + partner];
      if (rap == 0) {
        continue;
      }
      double ral = r[a * 3 + left];
      double bp = b[partner];
      double bl = b[left];
      for (int q = 0; q < rule.size(); q++) {
        double t = 0.5 + 0.5 * rule.node(q);
        double u = t * rap;
        double inverse = 1 / (1 - u * u);
        double xa = t * ral;
        double variance = 1 - (xa * xa - 2 * u * xa * rjk + rjk * rjk) * inverse;
        if (!(variance > 1e-12)) {
          return false;
        }
        double mean = (xa * (ba - u * bp) + rjk * (bp - u * ba)) * inverse;
        double wins = NormalTable.cdf((bl - mean) / Math.sqrt(variance));
        double d = 0.5 * rule.weight(q) * rap * bivariateDensity(ba, bp, u);
        // second difference of the one-leg distribution (1 - wins, wins)
        out[0] += d * (1 - wins);
        out[1] += d * (wins - 2 * (1 - wins));
        out[2] += d * ((1 - wins) - 2 * wins);
        out[3] += d * wins;
      }
    }
    return true;
  }

  /**
   * P(Z_0 <= h, Z_1 <= k) = Phi(h) Phi(k) + rho int_0^1 phi2(h, k; t rho) dt (Plackett), with the
   * rule picked like the others (few nodes for small |rho|); Genz's BVND when |rho| is so large
   * that more than 12 nodes would be needed.
   */
  static double bivariate(double h, double k, double rho, double ph, double pk) {
    GaussLegendre rule = ruleFor(rho * rho);
    if (rule == null || rule.size() > 12) {
      return BivariateNormal.cdf(h, k, Math.clamp(rho, -1, 1));
    }
    double sum = 0;
    for (int q = 0; q < rule.size(); q++) {
      sum += rule.weight(q) * bivariateDensity(h, k, (0.5 + 0.5 * rule.node(q)) * rho);
    }
    return ph * pk + 0.5 * rho * sum;
  }

  /** The standard bivariate normal density phi2(x, y; rho). */
  static double bivariateDensity(double x, double y, double rho) {
    double inverse = 1 / (1 - rho * rho);
    return Math.exp(-0.5 * (x * x - 2 * rho * x * y + y * y) * inverse)
        * Math.sqrt(inverse) * INV_TWO_PI;
  }

  /** Gauss–Legendre rule on [0, 1] reaching RULE_TOLERANCE for a singularity at 1 / s. */
  static GaussLegendre ruleFor(double squaredMultiple) {
    for (int q = 2; q <= MAX_NODES; q++) {
      if (squaredMultiple <= LARGEST_SQUARED_MULTIPLE[q]) {
        return RULES[q];
      }
    }
    return null;
  }

  /**
   * Gauss–Legendre rule on [0, thetaMax] reaching RULE_TOLERANCE for the singularity at
   * theta = pi/2 (t = t*): mapped to [-1, 1] it sits at x* = pi / thetaMax - 1.
   */
  static GaussLegendre ruleForAngle(double thetaMax) {
    double x = Math.PI / thetaMax - 1;
    double logRho = Math.log(x + Math.sqrt(x * x - 1));
    if (!(logRho > 0)) {
      return null;
    }
    int q = (int) Math.ceil(Math.log(1 / RULE_TOLERANCE) / (2 * logRho));
    return q > MAX_NODES ? null : RULES[Math.max(2, q)];
  }

  /**
   * The largest s^2 whose singularity t* = 1 / s leaves a q-node rule within RULE_TOLERANCE:
   * rho^(-2q) = tol gives rho = tol^(-1/(2q)), x* = (rho + 1/rho) / 2 and s = 2 / (x* + 1).
   */
  private static double largestSquaredMultiple(int q) {
    double rho = Math.pow(RULE_TOLERANCE, -1.0 / (2 * q));
    double x = (rho + 1 / rho) / 2;
    double s = 2 / (x + 1);
    return s * s;
  }
}
