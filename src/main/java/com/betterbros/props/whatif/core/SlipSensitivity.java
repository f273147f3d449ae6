package com.betterbros.props.whatif.core;

import com.betterbros.props.math.Normal;
import com.betterbros.props.math.SlipProbabilities;

/**
 * How a slip's P(all) and EV move with its legs' win probabilities and correlations, under the
 * optimizer's Gaussian copula (leg k wins iff Z_k &lt;= b_k = Phi^-1(p_k), Z ~ N(0, R)) and payout
 * table M_0..M_n (EV = sum_k P(K = k) M_k - 1).
 *
 * <p>Derivatives, analytic (each needs one exact orthant computation of the other legs):
 * <ul>
 *   <li>dp_i: d P(Z_i &lt;= b_i, A)/d b_i = phi(b_i) P(A | Z_i = b_i) and db_i/dp_i = 1/phi(b_i), so
 *       with c = the hit distribution of the other n-1 legs given Z_i = b_i ({@link ConditionalLegs}),
 *       dP(K = k)/dp_i = c[k-1] - c[k] (leg i's win adds one hit, its loss none), hence
 *       dP(all)/dp_i = c[n-1] and dEV/dp_i = sum_k M_k (c[k-1] - c[k]).</li>
 *   <li>drho_ij: Plackett's identity (Plackett 1954) dPhi_n(b; R)/drho_ij = phi_2(b_i, b_j; rho_ij)
 *       Phi_{n-2}(conditional on Z_i = b_i, Z_j = b_j). Writing each loss as 1 minus a win, only the
 *       terms holding both Z_i and Z_j depend on rho_ij, so with c = the hits of the other n-2 legs
 *       given both, dP(K = k)/drho_ij = phi_2 (c[k-2] - 2 c[k-1] + c[k]) (a second difference), hence
 *       dP(all)/drho_ij = phi_2 c[n-2] and dEV/drho_ij = phi_2 sum_k M_k (c[k-2] - 2 c[k-1] + c[k]).</li>
 * </ul>
 * Their accuracy is that of {@link SlipProbabilities#exact} (about 1e-13 for components of up to 3
 * legs, 1e-5 beyond); the tests check them against central finite differences.
 */
public final class SlipSensitivity {

  /** The break-even search keeps p inside [BRACKET, 1 - BRACKET] and stops at this width too. */
  static final double BRACKET = 1e-6;

  private SlipSensitivity() {}

  /** P(K = k), k = 0..n, by the exact orthant code. */
  public static double[] hits(double[] p, double[][] r) {
    return SlipProbabilities.exact(p, r).hits();
  }

  /** EV per unit = sum_k P(K = k) M_k - 1. */
  public static double ev(double[] hits, double[] m) {
    double sum = 0;
    for (int k = 0; k < hits.length; k++) {
      sum += hits[k] * m[k];
    }
    return sum - 1;
  }

  /** EV of legs p with correlation r under multipliers m. */
  public static double ev(double[] p, double[][] r, double[] m) {
    return ev(hits(p, r), m);
  }

  /** dP(all)/dp_i = P(all other legs win | Z_i = b_i). */
  public static double dPAllDp(double[] p, double[][] r, int i) {
    double[] c = ConditionalLegs.hits(p, r, i);
    return c[c.length - 1];
  }

  /** dEV/dp_i = sum_k M_k (c[k-1] - c[k]), c the conditional hits of the other legs. */
  public static double dEvDp(double[] p, double[][] r, double[] m, int i) {
    double[] c = ConditionalLegs.hits(p, r, i);
    double d = 0;
    for (int k = 0; k < m.length; k++) {
      d += m[k] * (at(c, k - 1) - at(c, k));
    }
    return d;
  }

  /** dP(all)/drho_ij = phi_2(b_i, b_j; rho_ij) P(the others all win | Z_i = b_i, Z_j = b_j). */
  public static double dPAllDrho(double[] p, double[][] r, int i, int j) {
    double[] c = ConditionalLegs.hits(p, r, i, j);
    return density(p, r, i, j) * c[c.length - 1];
  }

  /** dEV/drho_ij = phi_2 sum_k M_k (c[k-2] - 2 c[k-1] + c[k]). */
  public static double dEvDrho(double[] p, double[][] r, double[] m, int i, int j) {
    double[] c = ConditionalLegs.hits(p, r, i, j);
    double d = 0;
    for (int k = 0; k < m.length; k++) {
      d += m[k] * (at(c, k - 2) - 2 * at(c, k - 1) + at(c, k));
    }
    return density(p, r, i, j) * d;
  }

  /**
   * The p_i at which EV = 0 with the other legs fixed, by bisection on [1e-6, 1 - 1e-6] to 1e-6
   * (EV rises with p_i when M_k rises with k: dEV/dp_i = sum_k c[k] (M_{k+1} - M_k) &gt;= 0);
   * NaN when EV does not change sign there (the slip loses even with a sure leg i, or wins even
   * with a hopeless one).
   */
  public static double breakEven(double[] p, double[][] r, double[] m, int i) {
    double lo = BRACKET;
    double hi = 1 - BRACKET;
    double evLo = ev(with(p, i, lo), r, m);
    double evHi = ev(with(p, i, hi), r, m);
    if (evLo > 0 || evHi < 0) {
      return Double.NaN;
    }
    while (hi - lo > BRACKET) {
      double mid = 0.5 * (lo + hi);
      if (ev(with(p, i, mid), r, m) < 0) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return 0.5 * (lo + hi);
  }

  /** A copy of p with p[i] = value. */
  public static double[] with(double[] p, int i, double value) {
    double[] q = p.clone();
    q[i] = value;
    return q;
  }

  /**
   * phi_2(b_i, b_j; rho) = exp(-(x^2 - 2 rho x y + y^2) / (2 (1 - rho^2))) / (2 pi sqrt(1 - rho^2)),
   * the bivariate standard normal density at the two thresholds.
   */
  static double density(double[] p, double[][] r, int i, int j) {
    double x = Normal.inverseCdf(p[i]);
    double y = Normal.inverseCdf(p[j]);
    double rho = r[i][j];
    double q = 1 - rho * rho;
    return Math.exp(-(x * x - 2 * rho * x * y + y * y) / (2 * q)) / (2 * Math.PI * Math.sqrt(q));
  }

  private static double at(double[] c, int k) {
    return k < 0 || k >= c.length ? 0 : c[k];
  }
}
