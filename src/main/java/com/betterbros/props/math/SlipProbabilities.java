package com.betterbros.props.math;

/**
 * Deterministic slip probabilities under a Gaussian copula: leg i wins iff Z_i <= Phi^-1(p_i),
 * Z ~ N(0, R).
 *
 * <p>Method. (1) Legs whose correlation is zero (|r| <= 1e-12) to every leg of another group are
 * independent of it, so R splits into connected components (union–find on the non-zero entries)
 * whose hit distributions are convolved and whose pAll multiply — exact, and the common case
 * since legs from different games are uncorrelated. (2) A component of 1 leg is Bernoulli; of
 * 2 or 3 legs, inclusion–exclusion P(exactly k) = sum_{s>=k} (-1)^(s-k) C(s, k) Q_s over
 * Q_s = sum_{|S|=s} P(all legs in S win), with the orthant probabilities from closed forms:
 * Phi, Genz's bivariate BVND and the trivariate 1-D integral ({@link TrivariateNormal}); error
 * about 1e-13. (3) A component of 4 or more legs uses Genz's separation of variables branched
 * over win and lose at every leg ({@link SeparationOfVariables}), a fixed randomised Richtmyer
 * lattice with antithetic points and 10 seeded shifts, refined until Genz's error bound (3.5
 * standard errors over the shifts) of every hits[k] is below {@value #TARGET_ERROR}. Inclusion–
 * exclusion is not used there because it multiplies the error of each estimated orthant by up
 * to C(n, n/2) (70 for n = 8), which would need 1e-7-accurate 8-dimensional integrals.
 *
 * <p>Error estimate: {@link SlipDistribution#stdError()} is the sum of the components' error
 * bounds (a convolution adds at most each factor's maximum error), so 0 when every component has
 * at most 3 legs. Cost: closed forms take microseconds; a dense 4–8-leg component needs
 * thousands of lattice points, each walking a 2^n-leaf tree (about 2^(n+1) Phi and Phi^-1
 * evaluations).
 */
public final class SlipProbabilities {

  /** Error bound targeted for every hits[k] of a component with 4 or more legs. */
  public static final double TARGET_ERROR = 1e-5;
  /** Largest component tried first with nested Gauss–Legendre quadrature. */
  static final int MAX_NESTED_LEGS = 5;
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
      double[] part;
      if (component.length <= 3) {
        part = smallComponent(b, r, component);
      } else {
        double[] limits = new double[component.length];
        for (int i = 0; i < component.length; i++) {
          limits[i] = b[component[i]];
        }
        double[][] l = CorrelationMatrix.factor(
            submatrix(r, component), CorrelationMatrix.DEFAULT_TOLERANCE);
        SeparationOfVariables.Result result = component.length <= MAX_NESTED_LEGS
            ? NestedQuadrature.compute(limits, l)
            : null;
        if (result == null || !(result.errorBound() <= TARGET_ERROR)) {
          result = SeparationOfVariables.compute(limits, l, TARGET_ERROR);
        }
        part = result.hits();
        error += result.errorBound();
      }
      hits = convolve(hits, part);
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

  /** Inclusion–exclusion with closed-form orthant probabilities for 1 to 3 legs. */
  private static double[] smallComponent(double[] b, double[][] r, int[] legs) {
    int m = legs.length;
    if (m == 3) {
      CorrelationMatrix.factor(submatrix(r, legs), CorrelationMatrix.DEFAULT_TOLERANCE);
    }
    // q[s] = Q_s: the sum of P(all legs in S win) over subsets S of size s
    double[] q = new double[m + 1];
    q[0] = 1;
    for (int i = 0; i < m; i++) {
      q[1] += Normal.cdf(b[legs[i]]);
      for (int j = i + 1; j < m; j++) {
        q[2] += BivariateNormal.cdf(b[legs[i]], b[legs[j]], clamp(r[legs[i]][legs[j]]));
      }
    }
    if (m == 3) {
      q[3] = TrivariateNormal.cdf(b[legs[0]], b[legs[1]], b[legs[2]],
          clamp(r[legs[0]][legs[1]]), clamp(r[legs[0]][legs[2]]), clamp(r[legs[1]][legs[2]]));
    }
    // P(exactly k) = sum_{s >= k} (-1)^(s - k) C(s, k) Q_s
    double[] hits = new double[m + 1];
    for (int k = 0; k <= m; k++) {
      double sum = 0;
      for (int s = k; s <= m; s++) {
        sum += ((s - k) % 2 == 0 ? 1 : -1) * binomial(s, k) * q[s];
      }
      hits[k] = Math.max(sum, 0);
    }
    return hits;
  }

  private static double clamp(double rho) {
    return Math.clamp(rho, -1, 1);
  }

  private static double binomial(int n, int k) {
    double c = 1;
    for (int i = 1; i <= k; i++) {
      c = c * (n - k + i) / i;
    }
    return c;
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
