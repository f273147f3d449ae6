package com.betterbros.props.optimize.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: every feasible slip of a board scored one by one, and the bundled payout tables. */
final class BruteForce {

  static final PayoutVersion PAYOUTS = PayoutTables.bundled().current(LocalDate.of(2025, 6, 1));

  private BruteForce() {}

  static PayoutTable table(String platform, String mode, int legs) {
    return PAYOUTS.table(platform, mode, legs).orElseThrow();
  }

  /** Every slip of eligible legs with no broken constraint, scored with the board's hits, best first. */
  static List<TopSlips.Scored> all(SlipBoard board, PayoutTable table, SlipConstraints constraints) {
    SlipProblem problem = new SlipProblem(board, table.legs(), table, constraints);
    List<TopSlips.Scored> out = new ArrayList<>();
    enumerate(problem, constraints, 0, new int[table.legs()], 0, out);
    out.sort(TopSlips.BEST_FIRST);
    return out;
  }

  private static void enumerate(SlipProblem problem, SlipConstraints c, int start, int[] slip, int depth,
      List<TopSlips.Scored> out) {
    if (depth == slip.length) {
      if (ConstraintState.violations(problem, c, slip) == 0) {
        out.add(new TopSlips.Scored(slip.clone(), problem.ev(slip, problem.board.hits(slip))));
      }
      return;
    }
    for (int i = start; i < problem.board.size(); i++) {
      if (problem.eligible[i]) {
        slip[depth] = i;
        enumerate(problem, c, i + 1, slip, depth + 1, out);
      }
    }
  }

  static SlipQuery query(PayoutTable table, OptimizeMethod method, int topK, SlipConstraints c) {
    return new SlipQuery(table, method, topK, 42, c);
  }
}
