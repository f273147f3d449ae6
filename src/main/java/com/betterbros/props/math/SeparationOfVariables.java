package com.betterbros.props.math;

import java.util.SplittableRandom;

/**
 * The hit distribution of correlated legs by Genz's separation of variables (J. Comput. Graph.
 * Stat. 1, 1992; Genz and Bretz, "Computation of Multivariate Normal and t Probabilities", 2009,
 * section 4.1) branched over both outcomes of every leg. With Z = L Y, Y ~ N(0, I), leg i wins
 * iff Y_i <= t_i = (b_i - sum_{j<i} L_ij Y_j) / L_ii. Given a point w in [0, 1)^(n-1), the
 * integrand walks a binary tree: at depth i the win branch has weight e_i = Phi(t_i) and takes
 * Y_i = Phi^-1(w_i e_i), the lose branch weight 1 - e_i and Y_i = -Phi^-1((1 - w_i)(1 - e_i));
 * each of the 2^n leaves adds the product of its weights to hits[#wins]. Every path is the SOV
 * integrand of one win/lose pattern: for every point the hits are non-negative and sum to 1, and
 * their errors add up without the cancellation that inclusion–exclusion suffers. (Replacing the
 * last two levels by an exact bivariate CDF was tried: no smaller variance, higher cost.)
 *
 * <p>The integral over w uses a randomised rank-1 lattice (Richtmyer's Kronecker sequence
 * x_j = frac(j sqrt(prime_d) + Delta_d), periodised by the tent map w = |2x - 1|, with the
 * antithetic point 1 - w as in Genz's MVNDST) and {@value #SHIFTS} random shifts Delta from a
 * fixed seed, so results are deterministic. The standard error is the spread of the per-shift
 * means; points per shift double from {@value #START_POINTS} until 3.5 standard errors (Genz's
 * error bound) of every hits[k] is below the target, or {@value #MAX_POINTS} points per shift.
 * The map y = Phi^-1(w e) leaves log-type singularities at w = 0 and 1, so the error falls only
 * like 1/N (measured: a bound of 1e-5 takes 2,000–8,000 points per shift for 4 to 8 legs).
 */
final class SeparationOfVariables {

  static final int SHIFTS = 10;
  static final int START_POINTS = 64;
  static final int MAX_POINTS = 1 << 15;
  private static final long SHIFT_SEED = 20_040_601L;
  private static final int[] PRIMES = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47};

  /** Hits and Genz's error bound 3.5 x (standard error over shifts), maximised over k. */
  record Result(double[] hits, double errorBound) {}

  private final int n;
  private final double[] b;
  private final double[][] l;
  private final double[] u;
  private final double[] y;
  private final double[] acc;

  private SeparationOfVariables(double[] b, double[][] l) {
    this.n = b.length;
    this.b = b;
    this.l = l;
    this.u = new double[n];
    this.y = new double[n];
    this.acc = new double[n + 1];
  }

  /**
   * Hit distribution for limits b (leg i wins iff Z_i <= b_i) and a lower Cholesky factor L of
   * R (zero diagonal allowed for singular R), to an error bound of {@code target}.
   */
  static Result compute(double[] b, double[][] l, double target) {
    if (b.length < 2 || b.length > PRIMES.length + 1) {
      throw new IllegalArgumentException("need 2 to " + (PRIMES.length + 1) + " legs");
    }
    return new SeparationOfVariables(b, l).run(target);
  }

  private Result run(double target) {
    int dims = n - 1;
    double[] generator = new double[dims];
    for (int d = 0; d < dims; d++) {
      double root = Math.sqrt(PRIMES[d]);
      generator[d] = root - Math.floor(root);
    }
    SplittableRandom random = new SplittableRandom(SHIFT_SEED);
    double[][] shift = new double[SHIFTS][dims];
    for (double[] s : shift) {
      for (int d = 0; d < dims; d++) {
        s[d] = random.nextDouble();
      }
    }
    double[][] sums = new double[SHIFTS][n + 1];
    int done = 0;
    int points = START_POINTS;
    double[] hits = new double[n + 1];
    double bound;
    while (true) {
      for (int s = 0; s < SHIFTS; s++) {
        for (int j = done; j < points; j++) {
          for (int d = 0; d < dims; d++) {
            // tent periodisation of the shifted Kronecker point: w = |2 frac(j alpha + Delta) - 1|
            double x = j * generator[d] + shift[s][d];
            u[d] = Math.abs(2 * (x - Math.floor(x)) - 1);
          }
          java.util.Arrays.fill(acc, 0);
          node(0, 1, 0);
          for (int d = 0; d < dims; d++) {
            u[d] = 1 - u[d];
          }
          node(0, 1, 0);
          for (int k = 0; k <= n; k++) {
            sums[s][k] += acc[k] / 2;
          }
        }
      }
      done = points;
      bound = 0;
      for (int k = 0; k <= n; k++) {
        double mean = 0;
        for (int s = 0; s < SHIFTS; s++) {
          mean += sums[s][k] / points;
        }
        mean /= SHIFTS;
        double squares = 0;
        for (int s = 0; s < SHIFTS; s++) {
          double dev = sums[s][k] / points - mean;
          squares += dev * dev;
        }
        hits[k] = mean;
        bound = Math.max(bound, 3.5 * Math.sqrt(squares / (SHIFTS * (SHIFTS - 1.0))));
      }
      if (bound <= target || points >= MAX_POINTS) {
        return new Result(hits, bound);
      }
      points *= 2;
    }
  }

  /** Adds weight x P(pattern below this node) to acc[wins + later wins]. */
  private void node(int depth, double weight, int wins) {
    double mean = 0;
    double[] row = l[depth];
    for (int j = 0; j < depth; j++) {
      mean += row[j] * y[j];
    }
    double diagonal = row[depth];
    double e;
    double eBar;
    if (diagonal > 0) {
      // t = (b_i - sum_j L_ij y_j) / L_ii; take Phi of the negative side for accuracy
      double t = (b[depth] - mean) / diagonal;
      if (t < 0) {
        e = Normal.cdf(t);
        eBar = 1 - e;
      } else {
        eBar = Normal.cdf(-t);
        e = 1 - eBar;
      }
    } else {
      // singular direction: Z_i is determined by the earlier Y's
      e = mean <= b[depth] ? 1 : 0;
      eBar = 1 - e;
    }
    if (depth == n - 1) {
      acc[wins + 1] += weight * e;
      acc[wins] += weight * eBar;
      return;
    }
    double w = u[depth];
    if (e > 0) {
      // Y_i uniform in probability on (-inf, t]: Phi^-1(w e)
      y[depth] = diagonal > 0 ? Normal.inverseCdf(Math.max(w * e, Double.MIN_NORMAL)) : 0;
      node(depth + 1, weight * e, wins + 1);
    }
    if (eBar > 0) {
      // Y_i on (t, inf): Phi^-1(e + w (1 - e)) = -Phi^-1((1 - w)(1 - e))
      y[depth] = diagonal > 0 ? -Normal.inverseCdf(Math.max((1 - w) * eBar, Double.MIN_NORMAL))
          : 0;
      node(depth + 1, weight * eBar, wins);
    }
  }
}
