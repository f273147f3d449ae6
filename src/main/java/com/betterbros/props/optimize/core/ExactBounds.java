package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The admissible bounds of {@link ExactSlipSearch}, per component in search order j = 0..J-1.
 *
 * <p>X[j][s] is a distribution that dominates (in the usual stochastic order, see {@link
 * HitDistributions}) the hit count of every feasible block of s legs of component j. When the
 * component has at most {@code eagerLimit} s-subsets, X[j][s] is the exact upper envelope of their
 * computed distributions (max over blocks of P(K >= m), for each m), so it holds for the computed
 * numbers with no tolerance. Otherwise it is grown from the largest exact size s' < s: a block of s
 * legs contains a feasible block of s' legs and wins at most s - s' more, so
 * S_s(m) <= X[j][s'](m - s + s') + slack (the slack covers the accuracy of the computed numbers).
 *
 * <p>D[j][r] dominates the hit count of any r legs taken from components j..J-1 (independent of
 * each other): D[J][0] = 0 surely, and D[j][r] = envelope(D[j+1][r], X[j][s] * D[j+1][r-s] for
 * s = 1..r) (* = convolution, which keeps dominance). W[j][r][h] = E[M'(h + D[j][r])] with M' the
 * table's running maximum, so for legs already fixed with hit distribution Q the EV of any
 * completion is at most sum_h Q[h] W[j][r][h] - 1; with payout multipliers on the legs, at most
 * F B sum_h Q[h] W[j][r][h] - 1 for F the fixed legs' product and B {@link #bestProduct}.
 */
final class ExactBounds {

  /** How far computed block probabilities may break monotonicity (the exact method's accuracy is 1e-5). */
  static final double MONOTONE_SLACK = 1e-4;

  /** Allowed legs of each component in search order, each by p descending. */
  final int[][] components;
  private final double[][][] x;
  private final double[][][] w;
  private final double[][] bestProduct;
  private final int size;
  private final long deadline;
  private final boolean tight;
  /** With tight bounds, components with at most this many pairs get the exact pair envelope. */
  static final int PAIR_LIMIT = 20_000;

  /**
   * The bounds for the allowed legs. Components with at most {@code eagerLimit} s-subsets get exact
   * envelopes for size s; past {@code exactCeiling} exact calls of the board it throws {@link
   * SearchBudgetException}.
   */
  ExactBounds(SlipProblem problem, boolean[] allowed, int eagerLimit, long exactCeiling) {
    this(problem, allowed, eagerLimit, exactCeiling, Long.MAX_VALUE, false);
  }

  /**
   * As above; past {@code deadline} ({@link System#nanoTime}) no more exact envelopes are computed:
   * the larger sizes are grown from the last exact one, which stays admissible, only looser. With
   * {@code tight}, pair envelopes are exact up to {@value #PAIR_LIMIT} pairs a component whatever
   * the eager limit, and grown envelopes are capped by {@link MomentCaps} (the per-game block maxima).
   */
  ExactBounds(SlipProblem problem, boolean[] allowed, int eagerLimit, long exactCeiling, long deadline,
      boolean tight) {
    this.deadline = deadline;
    this.tight = tight;
    this.size = problem.size;
    this.components = order(problem, allowed);
    int count = components.length;
    this.x = new double[count][][];
    for (int j = 0; j < count; j++) {
      x[j] = envelopes(problem, components[j], eagerLimit, exactCeiling);
    }
    double[][][] d = new double[count + 1][size + 1][];
    d[count][0] = new double[] {1};
    for (int j = count - 1; j >= 0; j--) {
      for (int r = 0; r <= size; r++) {
        double[] acc = d[j + 1][r];
        for (int s = 1; s <= Math.min(r, x[j].length - 1); s++) {
          if (x[j][s] != null && d[j + 1][r - s] != null) {
            acc = HitDistributions.upperEnvelope(acc, HitDistributions.convolve(x[j][s], d[j + 1][r - s]));
          }
        }
        d[j][r] = acc;
      }
    }
    this.w = new double[count + 1][size + 1][];
    for (int j = 0; j <= count; j++) {
      for (int r = 0; r <= size; r++) {
        if (d[j][r] != null) {
          // W[h] = sum_d D[d] M'[h + d], h = 0..n - r
          w[j][r] = new double[size - r + 1];
          for (int h = 0; h <= size - r; h++) {
            for (int k = 0; k < d[j][r].length; k++) {
              w[j][r][h] += d[j][r][k] * problem.envelope[h + k];
            }
          }
        }
      }
    }
    this.bestProduct = bestProducts(problem, components, size);
  }

  /**
   * The largest product of r payout multipliers among the allowed legs of components j.. (the r
   * largest multiplied): any r legs taken from there multiply the payouts by at most this.
   */
  double bestProduct(int j, int r) {
    return bestProduct[j][r];
  }

  /** X[j][s], or null when component j has no feasible block of s legs. */
  double[] block(int j, int s) {
    return s < x[j].length ? x[j][s] : null;
  }

  /**
   * An upper bound on the EV of every slip that adds r legs from components j.. to legs whose
   * hit distribution is {@code fixed} (n - r + 1 entries), when {@code factor} bounds the product
   * of all the slip's payout multipliers; negative infinity when none can.
   */
  double completion(double[] fixed, double factor, int j, int r) {
    double[] weights = w[j][r];
    if (weights == null) {
      return Double.NEGATIVE_INFINITY;
    }
    return factor * HitDistributions.expectation(fixed, weights) - 1;
  }

  // [j][r]: the product of the r largest multipliers of components j.. (1 for r = 0; r past the
  // legs there is never asked for with a finite W, and multiplies by 1). top holds the size
  // largest multipliers seen so far, descending (1 = no leg yet, harmless for the same reason).
  private static double[][] bestProducts(SlipProblem problem, int[][] components, int size) {
    double[][] out = new double[components.length + 1][size + 1];
    double[] top = new double[size];
    Arrays.fill(top, Double.NEGATIVE_INFINITY);
    for (int j = components.length; j >= 0; j--) {
      if (j < components.length) {
        for (int leg : components[j]) {
          insert(top, problem.legMultiplier[leg]);
        }
      }
      out[j][0] = 1;
      for (int r = 1; r <= size; r++) {
        out[j][r] = out[j][r - 1] * (top[r - 1] == Double.NEGATIVE_INFINITY ? 1 : top[r - 1]);
      }
    }
    return out;
  }

  // puts m into the descending array if it beats its smallest entry
  private static void insert(double[] top, double m) {
    int i = top.length - 1;
    if (m <= top[i]) {
      return;
    }
    while (i > 0 && top[i - 1] < m) {
      top[i] = top[i - 1];
      i--;
    }
    top[i] = m;
  }

  private static int[][] order(SlipProblem problem, boolean[] allowed) {
    List<int[]> out = new ArrayList<>();
    for (int[] comp : problem.board.components()) {
      int[] legs = Arrays.stream(comp).filter(i -> allowed[i]).boxed()
          .sorted(Comparator.comparingDouble((Integer i) -> -problem.board.legs().get(i).p()).thenComparing(i -> i))
          .mapToInt(Integer::intValue).toArray();
      if (legs.length > 0) {
        out.add(legs);
      }
    }
    // components with the best leg first: good slips early, so pruning starts early
    out.sort(Comparator.comparingDouble((int[] c) -> -problem.board.legs().get(c[0]).p()).thenComparingInt(c -> c[0]));
    return out.toArray(int[][]::new);
  }

  private double[][] envelopes(SlipProblem problem, int[] legs, int eagerLimit, long exactCeiling) {
    int top = Math.min(size, legs.length);
    double[][] env = new double[top + 1][];
    int exactUpTo = 0;
    for (int s = 1; s <= top; s++) {
      boolean inTime = deadline == Long.MAX_VALUE || System.nanoTime() - deadline < 0;
      double subsets = choose(legs.length, s);
      if (s == 1 || (inTime && (subsets <= eagerLimit || (tight && s == 2 && subsets <= PAIR_LIMIT)))) {
        env[s] = exactEnvelope(problem, legs, s);
        exactUpTo = s;
        ExactSlipSearch.checkBudget(problem, exactCeiling);
      } else if (env[exactUpTo] != null) {
        env[s] = HitDistributions.grown(env[exactUpTo], s - exactUpTo, MONOTONE_SLACK);
        if (tight) {
          env[s] = MomentCaps.cap(env[s], s, env, exactUpTo, MomentCaps.topSum(problem, legs, s));
        }
      }
    }
    return env;
  }

  // the upper envelope of the computed distributions of every feasible s-leg block of the legs
  private static double[] exactEnvelope(SlipProblem problem, int[] legs, int s) {
    int[] asc = legs.clone();
    Arrays.sort(asc);
    ConstraintState state = problem.state(problem.constraints.withMinTeams(1));
    double[][] env = new double[1][];
    enumerate(problem, asc, s, 0, new int[s], 0, state, env);
    return env[0];
  }

  private static void enumerate(SlipProblem problem, int[] legs, int s, int start, int[] block, int depth,
      ConstraintState state, double[][] env) {
    if (depth == s) {
      env[0] = HitDistributions.upperEnvelope(env[0], problem.board.blocks().hits(block));
      return;
    }
    for (int i = start; i <= legs.length - (s - depth); i++) {
      if (state.canAdd(legs[i], 0)) {
        block[depth] = legs[i];
        state.push(legs[i]);
        enumerate(problem, legs, s, i + 1, block, depth + 1, state, env);
        state.pop(legs[i]);
      }
    }
  }

  static double choose(int n, int k) {
    double c = 1;
    for (int i = 0; i < k; i++) {
      c = c * (n - i) / (i + 1);
    }
    return c;
  }
}
