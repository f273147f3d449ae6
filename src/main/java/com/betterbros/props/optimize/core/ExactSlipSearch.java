package com.betterbros.props.optimize.core;

import java.util.Arrays;

/**
 * The exact optimum by branch and bound over legs, components in {@link ExactBounds} order and legs
 * by p descending within one. A node fixes some legs: the blocks of finished components (their hit
 * distribution convolved, Q) and the open block O of the current component j. Every completion
 * either adds a >= 1 more legs of component j and r - a legs of components after j, or closes O
 * and adds all r legs after j. Its hit count is then dominated by Q + Y_a + D[j+1][r-a], where Y_a
 * has the survival min(S_O(m - a) + slack, X[j][|O| + a](m)) (adding a legs adds at most a wins,
 * and the grown block is one of component j's feasible blocks of that size). As the payout's running
 * maximum M' is non-decreasing and M' >= M, EV <= F B E[M'(Q + Y_a + D[j+1][r-a])] - 1 for every
 * completion, with F the product of the fixed legs' payout multipliers and B the largest product of
 * r multipliers the legs still open can give ({@link ExactBounds#bestProduct}): the bound is admissible, so a subtree is pruned only when it cannot hold a slip better
 * than the current k-th best. Leaves are scored with the same block distributions as any other
 * scoring of the board, so the result equals brute-force enumeration.
 *
 * <p>With a deadline ({@link System#nanoTime} units) the search stops at the first node past it
 * and {@link #unexplored} bounds every slip it did not reach: each node on the current path keeps
 * the bound of the loops it has not finished (max(extend, close) while extending, close while
 * closing), and the root the bound of every slip whose legs all come from the current root
 * component on. The maximum of these covers every subtree not yet searched.
 */
final class ExactSlipSearch {

  /** A bound this close below the k-th best still gets searched: bound and leaf round differently. */
  static final double ROUNDING = 1e-9;

  private final SlipProblem problem;
  private final ExactBounds bounds;
  private final boolean[] allowed;
  private final ConstraintState state;
  private final TopSlips top;
  private final long exactCeiling;
  private final long nodeBudget;
  private final int[] chosen;
  private final long deadline;
  private final double[] pending;
  private long nodes;
  private long leaves;
  private boolean timedOut;

  /**
   * A search of the allowed legs into {@code top}; it throws {@link SearchBudgetException} when the
   * board's exact calls pass {@code exactCeiling} or its own nodes pass {@code nodeBudget}.
   */
  ExactSlipSearch(SlipProblem problem, ExactBounds bounds, boolean[] allowed, TopSlips top, long exactCeiling,
      long nodeBudget) {
    this(problem, bounds, allowed, top, exactCeiling, nodeBudget, Long.MAX_VALUE);
  }

  /** As above, and the search stops at the first node after {@code deadline} ({@link System#nanoTime}). */
  ExactSlipSearch(SlipProblem problem, ExactBounds bounds, boolean[] allowed, TopSlips top, long exactCeiling,
      long nodeBudget, long deadline) {
    this.problem = problem;
    this.bounds = bounds;
    this.allowed = allowed;
    this.state = problem.state(problem.constraints);
    this.top = top;
    this.exactCeiling = exactCeiling;
    this.nodeBudget = nodeBudget;
    this.chosen = new int[problem.size];
    this.deadline = deadline;
    this.pending = new double[problem.size + 1];
    java.util.Arrays.fill(pending, Double.NEGATIVE_INFINITY);
  }

  /** Runs the search; the slips found are in the {@link TopSlips} given at construction. */
  void run() {
    int n = problem.size;
    try {
      for (int j = 0; j < bounds.components.length; j++) {
        // every slip from here on takes all n legs from components j..
        pending[0] = bounds.completion(new double[] {1}, bounds.bestProduct(j, n), j, n);
        int[] legs = bounds.components[j];
        for (int pos = 0; pos < legs.length; pos++) {
          tryLeg(j, pos, 0, new double[] {1}, 0, n - 1);
        }
      }
      pending[0] = Double.NEGATIVE_INFINITY;
    } catch (OutOfTime e) {
      timedOut = true;
    }
  }

  /**
   * Runs only the roots in component j (the slips whose first leg, in search order, is there): one
   * subtree of a parallel search. On its own, its pending root bound covers components j.. .
   */
  void runComponent(int j) {
    int n = problem.size;
    try {
      pending[0] = bounds.completion(new double[] {1}, bounds.bestProduct(j, n), j, n);
      for (int pos = 0; pos < bounds.components[j].length; pos++) {
        tryLeg(j, pos, 0, new double[] {1}, 0, n - 1);
      }
      pending[0] = Double.NEGATIVE_INFINITY;
    } catch (OutOfTime e) {
      timedOut = true;
    }
  }

  /** True when the deadline stopped the search before it finished. */
  boolean timedOut() {
    return timedOut;
  }

  /**
   * An upper bound on the EV of every slip the search did not score (negative infinity when it
   * finished): the largest pending bound on the path where it stopped.
   */
  double unexplored() {
    double bound = Double.NEGATIVE_INFINITY;
    for (double b : pending) {
      bound = Math.max(bound, b);
    }
    return bound;
  }

  /** Slips scored (leaves reached). */
  long leaves() {
    return leaves;
  }

  /** Search nodes visited. */
  long nodes() {
    return nodes;
  }

  /** Throws {@link SearchBudgetException} once the board has made more than {@code exactCeiling} exact calls. */
  static void checkBudget(SlipProblem problem, long exactCeiling) {
    if (problem.board.blocks().exactCalls() > exactCeiling) {
      throw new SearchBudgetException("the exact search needs more exact block probabilities than its budget"
          + " on this board (large same-game components): use method genetic or greedy");
    }
  }

  // adds leg legs[j][pos] at chosen[depth], if the constraints allow it, and searches below it
  private void tryLeg(int j, int pos, int depth, double[] closed, int openStart, int remainingAfter) {
    int leg = bounds.components[j][pos];
    if (!allowed[leg] || !state.canAdd(leg, remainingAfter)) {
      return;
    }
    chosen[depth] = leg;
    state.push(leg);
    node(j, pos, depth + 1, closed, openStart);
    state.pop(leg);
  }

  // chosen[0..depth) fixed; the open block is chosen[openStart..depth), all in component j
  private void node(int j, int pos, int depth, double[] closed, int openStart) {
    if (deadline != Long.MAX_VALUE && System.nanoTime() - deadline > 0) {
      throw OutOfTime.INSTANCE;
    }
    if (++nodes > nodeBudget) {
      throw new SearchBudgetException("the exact search passed " + nodeBudget + " nodes on this board:"
          + " use method genetic or greedy, or tighter constraints");
    }
    int[] open = Arrays.copyOfRange(chosen, openStart, depth);
    Arrays.sort(open);
    double[] openHits = problem.board.blocks().hits(open);
    checkBudget(problem, exactCeiling);
    int n = problem.size;
    if (depth == n) {
      leaves++;
      int[] slip = Arrays.copyOf(chosen, n);
      Arrays.sort(slip);
      top.offer(slip, problem.ev(slip, HitDistributions.convolve(closed, openHits)));
      return;
    }
    int r = n - depth;
    int[] legs = bounds.components[j];
    double factor = problem.factor(chosen, depth);
    // extend the open block by a >= 1 legs of component j, the other r - a legs after j
    double extend = Double.NEGATIVE_INFINITY;
    for (int a = 1; a <= Math.min(r, legs.length - pos - 1); a++) {
      double[] grown = HitDistributions.grown(openHits, a, ExactBounds.MONOTONE_SLACK);
      double[] envelope = bounds.block(j, open.length + a);
      if (envelope == null) {
        continue;
      }
      double[] y = HitDistributions.lowerEnvelope(grown, envelope);
      extend = Math.max(extend, bounds.completion(HitDistributions.convolve(closed, y), factor * bounds.bestProduct(j, r),
          j + 1, r - a));
    }
    // close the open block: all r legs come from components after j
    double[] fixed = HitDistributions.convolve(closed, openHits);
    double close = bounds.completion(fixed, factor * bounds.bestProduct(j + 1, r), j + 1, r);
    pending[depth] = Math.max(extend, close);
    for (int next = pos + 1; next < legs.length && extend + ROUNDING >= top.threshold(); next++) {
      tryLeg(j, next, depth, closed, openStart, r - 1);
    }
    pending[depth] = close;
    for (int k = j + 1; k < bounds.components.length && close + ROUNDING >= top.threshold(); k++) {
      for (int next = 0; next < bounds.components[k].length && close + ROUNDING >= top.threshold(); next++) {
        tryLeg(k, next, depth, fixed, depth, r - 1);
      }
    }
    pending[depth] = Double.NEGATIVE_INFINITY;
  }

  /** Unwinds the search at its deadline (no stack trace: it is control flow). */
  private static final class OutOfTime extends RuntimeException {
    static final OutOfTime INSTANCE = new OutOfTime();

    private OutOfTime() {
      super("deadline", null, false, false);
    }
  }
}
