package com.betterbros.props.math;

/**
 * The hit distribution of correlated legs by integrating Plackett's identity along a path of
 * correlation matrices (R. L. Plackett, "A reduction formula for normal multivariate integrals",
 * Biometrika 41, 1954; the path is the one of Genz's trivariate method, Statistics and Computing
 * 14, 2004, applied to the whole distribution instead of one orthant).
 *
 * <p>For Z ~ N(0, R) and any g, d E[g(Z)] / d r_aj = E[d^2 g / dz_a dz_j] (Price's theorem). Take
 * g = 1{exactly k legs win}, leg i winning iff Z_i <= b_i: the mixed derivative is a point mass
 * at z_a = b_a, z_j = b_j times the second difference of the other legs' hit distribution h,
 * so d hits[k] / d r_aj = phi2(b_a, b_j; r_aj) (h[k-2] - 2 h[k-1] + h[k]), h taken under the
 * conditional law given z_a = b_a, z_j = b_j. Scaling the pivot leg a's correlations by t in
 * [0, 1] (R(t) stays PSD: its Schur complement R_rest - t^2 r r' dominates that of R) gives
 *
 * <pre>hits(R) = Bernoulli(Phi(b_a)) * hits(R_rest) + sum_j r_aj int_0^1 phi2(b_a, b_j; t r_aj)
 *            D2[h_j(t)] dt,</pre>
 *
 * where * is convolution and h_j(t) the (n-2)-leg conditional hit distribution under R(t): the
 * same problem two legs smaller, solved by this recursion down to 3 legs, written out with the
 * 2-leg (bivariate) and 1-leg (Phi) closed forms in {@link PlackettQuadrature}. Every function
 * of t involved is analytic except where R(t) turns singular, at t* = 1 / s_a with s_a^2 the
 * squared multiple correlation of leg a on the others (its regression R^2 = 1 - 1 / (R^-1)_aa);
 * the pivot is the leg of smallest s_a. From 4 legs the t integrals are Gauss–Legendre rules in
 * theta = asin(s_a t), which moves that singularity to theta = pi/2, relatively farther from the
 * interval [0, asin s_a]; the node count Q comes from the Bernstein ellipse through it (see
 * {@link PlackettQuadrature}). Cost for n dense legs C(n) = C(n - 1) + (n - 1) Q C(n - 2).
 */
final class PlackettRecursion extends PlackettWorkspace {

  /**
   * Reported error of every hits[k]: the rules' design tolerance
   * ({@link PlackettQuadrature#RULE_TOLERANCE}). Measured errors are about 50 times smaller (2e-7
   * worst against one-factor and inclusion–exclusion references, up to equicorrelation 0.9:
   * PlackettRecursionTest): Gauss–Legendre's error is bounded by (64/15) M rho^(-2Q) / (rho^2 - 1)
   * (Trefethen, "Approximation Theory and Approximation Practice", theorem 19.3), with M, the
   * integrand's size on the ellipse, well below 1 here.
   */
  static final double ERROR_ESTIMATE = PlackettQuadrature.RULE_TOLERANCE;

  /** Buffers reused by a thread's calls (a call never re-enters itself). */
  private static final ThreadLocal<PlackettRecursion> WORKSPACE =
      ThreadLocal.withInitial(() -> new PlackettRecursion(8));

  private PlackettRecursion(int n) {
    super(n);
  }

  /**
   * {@link #hits} with its error estimate {@link #ERROR_ESTIMATE}, or null when the recursion
   * does not apply (an infinite limit, that is a certain or impossible leg, or R near singular).
   */
  static SeparationOfVariables.Result result(double[] b, double[][] r) {
    for (double limit : b) {
      if (!Double.isFinite(limit)) {
        return null;
      }
    }
    double[] hits = hits(b, r);
    if (hits == null) {
      return null;
    }
    for (int k = 0; k < hits.length; k++) {
      hits[k] = Math.clamp(hits[k], 0, 1);
    }
    return new SeparationOfVariables.Result(hits, ERROR_ESTIMATE);
  }

  /**
   * Hit distribution (length n + 1) for finite limits b and a positive-definite correlation
   * matrix r, or null when r is too close to singular for the rule (multiple correlation of
   * every pivot so high that more than {@value PlackettQuadrature#MAX_NODES} nodes would be needed).
   */
  static double[] hits(double[] b, double[][] r) {
    int n = b.length;
    PlackettRecursion work = WORKSPACE.get();
    if (work.limits.length <= n) {
      work = new PlackettRecursion(n);
      WORKSPACE.set(work);
    }
    System.arraycopy(b, 0, work.limits[n], 0, n);
    for (int i = 0; i < n; i++) {
      System.arraycopy(r[i], 0, work.corr[n], i * n, n);
    }
    return work.solve(n) ? work.hits[n].clone() : null;
  }

  /** hits[n] from limits[n] and corr[n]; false if the matrix is too near singular. */
  private boolean solve(int n) {
    double[] b = limits[n];
    double[] r = corr[n];
    double[] out = hits[n];
    switch (n) {
      case 0 -> out[0] = 1;
      case 1 -> {
        double p = NormalTable.cdf(b[0]);
        out[0] = 1 - p;
        out[1] = p;
      }
      case 2 -> {
        double p0 = NormalTable.cdf(b[0]);
        double p1 = NormalTable.cdf(b[1]);
        double both = PlackettQuadrature.bivariate(b[0], b[1], r[1], p0, p1);
        out[0] = 1 - p0 - p1 + both;
        out[1] = p0 + p1 - 2 * both;
        out[2] = both;
      }
      case 3 -> {
        return PlackettQuadrature.threeLegs(b, r, out);
      }
      default -> {
        return recurse(n);
      }
    }
    return true;
  }

  private boolean recurse(int n) {
    double[] b = limits[n];
    double[] r = corr[n];
    double[] out = hits[n];
    double[] smc = multiple[n];
    if (!SquaredMultipleCorrelations.compute(corr[n], n, inverse[n], ca[n], smc)) {
      return false;
    }
    int a = 0;
    for (int i = 1; i < n; i++) {
      if (smc[i] < smc[a]) {
        a = i;
      }
    }
    // nodes in theta = asin(s t), t = sin(theta) / s on [0, asin s] (see the class comment)
    double s = Math.sqrt(smc[a]);
    double thetaMax = Math.asin(Math.min(s, 1));
    GaussLegendre rule = s < 1e-6 ? PlackettQuadrature.rule(2) : PlackettQuadrature.ruleForAngle(thetaMax);
    if (rule == null) {
      return false;
    }
    int nodes = rule.size();
    double[] ts = nodeT[n];
    double[] ws = nodeWeight[n];
    for (int q = 0; q < nodes; q++) {
      if (s < 1e-6) {
        ts[q] = 0.5 + 0.5 * rule.node(q);
        ws[q] = 0.5 * rule.weight(q);
      } else {
        double theta = thetaMax * (0.5 + 0.5 * rule.node(q));
        ts[q] = Math.sin(theta) / s;
        ws[q] = 0.5 * thetaMax * rule.weight(q) * Math.cos(theta) / s;
      }
    }
    // t = 0: leg a independent of the rest
    double[] restLimits = limits[n - 1];
    double[] restCorr = corr[n - 1];
    for (int i = 0, x = 0; i < n; i++) {
      if (i == a) {
        continue;
      }
      restLimits[x] = b[i];
      for (int k = 0, y = 0; k < n; k++) {
        if (k != a) {
          restCorr[x * (n - 1) + y++] = r[i * n + k];
        }
      }
      x++;
    }
    if (!solve(n - 1)) {
      return false;
    }
    double[] rest = hits[n - 1];
    double pa = NormalTable.cdf(b[a]);
    java.util.Arrays.fill(out, 0);
    for (int k = 0; k < n; k++) {
      out[k] += (1 - pa) * rest[k];
      out[k + 1] += pa * rest[k];
    }
    double[] h = hits[n - 2];
    for (int j = 0; j < n; j++) {
      double raj = r[a * n + j];
      if (j == a || raj == 0) {
        continue;
      }
      prepareConditional(n, a, j);
      for (int q = 0; q < nodes; q++) {
        double t = ts[q];
        if (!conditional(n, a, j, t) || !solve(n - 2)) {
          return false;
        }
        double d = ws[q] * raj * PlackettQuadrature.bivariateDensity(b[a], b[j], t * raj);
        for (int k = 0; k < n - 1; k++) {
          double v = d * h[k];
          out[k] += v;
          out[k + 1] -= 2 * v;
          out[k + 2] += v;
        }
      }
    }
    return true;
  }
}
