package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The greedy baseline: build the slip one leg at a time, each time adding the leg that maximises
 * the EV the slip would have if the legs still to add all won, E[M(K + r)] - 1 with K the hits of
 * the legs so far and r the legs to come (for a clean-sweep table: the highest P(all) so far). A
 * leg is taken only if the slip can still be completed under the constraints ({@link
 * SlipFeasibility#completable}).
 */
final class GreedySlipSearch {

  private final SlipProblem problem;
  private long evaluated;

  GreedySlipSearch(SlipProblem problem) {
    this.problem = problem;
  }

  /** The greedy slip of the allowed legs that is not excluded, or null when it gets stuck. */
  TopSlips.Scored next(boolean[] allowed, Set<Long> excluded) {
    int n = problem.size;
    ConstraintState state = problem.state(problem.constraints);
    int[] chosen = new int[0];
    boolean[] left = allowed.clone();
    for (int step = 0; step < n; step++) {
      int remaining = n - step - 1;
      List<double[]> candidates = new ArrayList<>();
      for (int i = 0; i < left.length; i++) {
        if (!left[i] || !state.canAdd(i, remaining)) {
          continue;
        }
        int[] slip = with(chosen, i);
        if (remaining == 0 && excluded.contains(BlockDistributions.key(slip))) {
          continue;
        }
        double[] hits = problem.board.hits(slip);
        evaluated++;
        // (prod m) E[M(K + r)]: the remaining legs counted as wins at multiplier 1
        double value = 0;
        for (int k = 0; k < hits.length; k++) {
          value += hits[k] * problem.multipliers[k + remaining];
        }
        candidates.add(new double[] {problem.factor(slip) * value - 1, i});
      }
      candidates.sort(Comparator.comparingDouble((double[] c) -> -c[0]).thenComparingDouble(c -> c[1]));
      int pick = -1;
      for (double[] c : candidates) {
        int i = (int) c[1];
        if (remaining == 0 || SlipFeasibility.completable(problem, left, with(chosen, i))) {
          pick = i;
          break;
        }
      }
      if (pick < 0) {
        return null;
      }
      chosen = with(chosen, pick);
      state.push(pick);
      left[pick] = false;
    }
    return new TopSlips.Scored(chosen, problem.ev(chosen, problem.board.hits(chosen)));
  }

  /** Partial and complete slips scored. */
  long evaluated() {
    return evaluated;
  }

  private static int[] with(int[] legs, int leg) {
    int[] out = Arrays.copyOf(legs, legs.length + 1);
    out[legs.length] = leg;
    Arrays.sort(out);
    return out;
  }
}
