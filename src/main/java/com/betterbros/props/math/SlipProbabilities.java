package com.betterbros.props.math;

/**
 * Deterministic slip probabilities under a Gaussian copula: leg i wins iff Z_i <= Phi^-1(p_i),
 * Z ~ N(0, R).
 *
 * <p>Method. (1) Legs whose correlation is zero (|r| <= 1e-12) to every leg of another group are
 * independent of it, so R splits into connected components (union–find on the non-zero entries)
 * whose hit distributions are convolved — exact, and the common case, since legs from different
 * games are uncorrelated. (2) A component of up to 3 legs uses inclusion–exclusion
 * ({@link InclusionExclusion}) over closed forms (Phi, Genz's BVND, the trivariate 1-D integral
 * of {@link TrivariateNormal}; error about 1e-13). (3) A component of 4 or more legs uses
 * {@link PlackettRecursion}: Plackett's identity integrated along a path that decouples one leg
 * at a time, n legs reduced to n - 1 plus (n - 1) Gauss–Legendre integrals over conditional
 * (n - 2)-leg problems; measured errors up to 2e-7 (reported as its 1e-5 design tolerance).
 * (4) When R is too near singular for that recursion (or a leg is certain), up to 7 legs fall
 * back to inclusion–exclusion with nested Gauss–Legendre orthants ({@link NestedQuadrature},
 * two rules whose disagreement is the error estimate), and when that estimate exceeds
 * {@value #TARGET_ERROR}, or for 8 or more legs, to Genz's separation of variables branched over
 * win and lose at every leg ({@link SeparationOfVariables}) on a randomised Richtmyer lattice
 * with 10 seeded shifts, refined until Genz's error bound of every hits[k] is below the target.
 *
 * <p>Error estimate: {@link SlipDistribution#stdError()} is the sum of the components' error
 * estimates (a convolution adds at most each factor's maximum error): 0 when every component has
 * at most 3 legs, 1e-5 per Plackett component, the two-rule difference for quadrature, Genz's
 * 3.5-sigma bound for the lattice. Cost (one thread, see {@link SlipBenchmark}): a few
 * microseconds for a game-structured 6-leg slip, about 30–50 us for a dense 6-leg one; the
 * fallbacks take milliseconds (quadrature) to seconds (lattice).
 */
public final class SlipProbabilities {

  /** Error bound targeted for every hits[k] of a component with 4 or more legs. */
  public static final double TARGET_ERROR = 1e-5;
  /** Most legs {@link #exact} accepts. */
  public static final int MAX_LEGS = 12;
  /** Correlations at or below this magnitude count as zero when splitting into components. */
  static final double ZERO_CORRELATION = 1e-12;

  private SlipProbabilities() {}

  /**
   * P(all legs win) and the distribution of the number of winning legs, for win probabilities
   * p (each in [0, 1]) and correlation matrix r (validated with
   * {@link CorrelationMatrix#DEFAULT_TOLERANCE}; {@link InvalidCorrelationException} says which
   * check failed). Accurate to about 1e-5 (the returned stdError bounds it) for up to 8 legs.
   */
  public static SlipDistribution exact(double[] p, double[][] r) {
    double[] b = limits(p, MAX_LEGS);
    int n = b.length;
    CorrelationMatrix.checkStructure(r, n, CorrelationMatrix.DEFAULT_TOLERANCE);
    double[] hits = {1};
    double error = 0;
    for (int[] component : components(r)) {
      double[] limits = new double[component.length];
      for (int i = 0; i < component.length; i++) {
        limits[i] = b[component[i]];
      }
      double[][] sub = submatrix(r, component);
      if (component.length >= 3) {
        // positive semi-definite check (R is PSD iff every uncorrelated block is)
        CorrelationMatrix.factor(sub, CorrelationMatrix.DEFAULT_TOLERANCE);
      }
      SeparationOfVariables.Result result = component.length <= 3
          ? InclusionExclusion.hits(limits, sub)
          : PlackettRecursion.result(limits, sub);
      if (result == null && component.length <= InclusionExclusion.MAX_LEGS) {
        result = InclusionExclusion.hits(limits, sub);
      }
      if (result == null || !(result.errorBound() <= TARGET_ERROR)) {
        SeparationOfVariables.Result lattice = SeparationOfVariables.compute(
            limits, CorrelationMatrix.factor(sub, CorrelationMatrix.DEFAULT_TOLERANCE),
            TARGET_ERROR);
        if (result == null || lattice.errorBound() < result.errorBound()) {
          result = lattice;
        }
      }
      hits = convolve(hits, result.hits());
      error += result.errorBound();
    }
    for (int k = 0; k <= n; k++) {
      hits[k] = Math.clamp(hits[k], 0, 1);
    }
    return new SlipDistribution(hits[n], hits, error);
  }

  /** Thresholds b_i = Phi^-1(p_i), after checking 1..maxLegs probabilities in [0, 1]. */
  static double[] limits(double[] p, int maxLegs) {
    if (p == null || p.length == 0 || p.length > maxLegs) {
      throw new IllegalArgumentException("need 1 to " + maxLegs + " legs, got "
          + (p == null ? 0 : p.length));
    }
    double[] b = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      if (!(p[i] >= 0 && p[i] <= 1)) {
        throw new IllegalArgumentException("p[" + i + "] must be in [0, 1], got " + p[i]);
      }
      b[i] = Normal.inverseCdf(p[i]);
    }
    return b;
  }

  /** Connected components of the graph with an edge where |r_ij| > 1e-12, each sorted. */
  static int[][] components(double[][] r) {
    int n = r.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (Math.abs(r[i][j]) > ZERO_CORRELATION || Math.abs(r[j][i]) > ZERO_CORRELATION) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    int[] size = new int[n];
    for (int i = 0; i < n; i++) {
      size[root(parent, i)]++;
    }
    int[][] byRoot = new int[n][];
    int count = 0;
    int[] filled = new int[n];
    for (int i = 0; i < n; i++) {
      int root = root(parent, i);
      if (byRoot[root] == null) {
        byRoot[root] = new int[size[root]];
        count++;
      }
      byRoot[root][filled[root]++] = i;
    }
    int[][] result = new int[count][];
    int next = 0;
    for (int[] component : byRoot) {
      if (component != null) {
        result[next++] = component;
      }
    }
    return result;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  static double[][] submatrix(double[][] r, int[] legs) {
    double[][] s = new double[legs.length][legs.length];
    for (int i = 0; i < legs.length; i++) {
      for (int j = 0; j < legs.length; j++) {
        s[i][j] = r[legs[i]][legs[j]];
      }
    }
    return s;
  }

  /** Distribution of the sum of two independent counts. */
  static double[] convolve(double[] a, double[] c) {
    double[] out = new double[a.length + c.length - 1];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < c.length; j++) {
        out[i + j] += a[i] * c[j];
      }
    }
    return out;
  }
}
