package com.betterbros.props.optimize.core;

import java.util.HashMap;
import java.util.Map;

/**
 * One optimisation on a board: the slip size, the payout table, the constraints, and what follows
 * from them (the table's per-leg breakeven, which legs clear {@code min_leg_edge}, the players,
 * teams and games as small integers).
 */
final class SlipProblem {

  final SlipBoard board;
  final int size;
  final PayoutTable table;
  /** M_k, k = 0..size. */
  final double[] multipliers;
  /** The running maximum of M_k: non-decreasing and >= M_k, so bounds may use it. */
  final double[] envelope;
  final SlipConstraints constraints;
  /** The table's per-leg breakeven ({@link SlipEconomics#breakeven}); NaN when it has none. */
  final double breakeven;
  /** Each leg's payout multiplier m_i (1 for a standard line). */
  final double[] legMultiplier;
  /** Legs whose p - breakeven / m >= min_leg_edge. */
  final boolean[] eligible;
  final int[] player;
  final int[] team;
  final int[] game;
  final int players;
  final int teams;
  final int games;

  SlipProblem(SlipBoard board, int size, PayoutTable table, SlipConstraints constraints) {
    if (table.legs() != size) {
      throw new IllegalArgumentException("the payout table is for " + table.legs() + " legs, the slip has " + size);
    }
    if (size < 1 || size > 6 || size > board.size()) {
      throw new IllegalArgumentException("the slip size must be in 1..min(6, board size), got " + size);
    }
    this.board = board;
    this.size = size;
    this.table = table;
    this.multipliers = table.byHits();
    this.envelope = HitDistributions.runningMax(multipliers);
    this.constraints = constraints;
    this.breakeven = SlipEconomics.breakeven(table);
    int n = board.size();
    this.eligible = new boolean[n];
    this.legMultiplier = new double[n];
    this.player = new int[n];
    this.team = new int[n];
    this.game = new int[n];
    Map<String, Integer> players = new HashMap<>();
    Map<String, Integer> teams = new HashMap<>();
    Map<String, Integer> games = new HashMap<>();
    for (int i = 0; i < n; i++) {
      ParlayLeg leg = board.legs().get(i);
      legMultiplier[i] = leg.multiplier();
      // a leg paying m needs p >= b / m (exact for a power table: EV + 1 = M_n prod(p_i m_i) when
      // independent); the edge is undefined without a breakeven: then only "no min_leg_edge" admits it
      double edge = leg.p() - breakeven / leg.multiplier();
      eligible[i] = constraints.minLegEdge() == Double.NEGATIVE_INFINITY || edge >= constraints.minLegEdge();
      player[i] = players.computeIfAbsent(leg.player(), k -> players.size());
      team[i] = teams.computeIfAbsent(leg.team(), k -> teams.size());
      game[i] = games.computeIfAbsent(leg.game(), k -> games.size());
    }
    this.players = players.size();
    this.teams = teams.size();
    this.games = games.size();
  }

  /**
   * EV per unit staked of a slip of these legs with these hits: (prod_i m_i) sum_k P(k) M_k - 1, as
   * the platform pays the table's multiplier times the legs' payout multipliers.
   */
  double ev(int[] legs, double[] hits) {
    return factor(legs) * HitDistributions.expectation(hits, multipliers) - 1;
  }

  /** The product of the legs' payout multipliers (1 for standard lines). */
  double factor(int[] legs) {
    return factor(legs, legs.length);
  }

  /** The product of the payout multipliers of legs[0..count). */
  double factor(int[] legs, int count) {
    double f = 1;
    for (int i = 0; i < count; i++) {
      f *= legMultiplier[legs[i]];
    }
    return f;
  }

  /** The table's M_k times the legs' multiplier product: what this slip pays for k hits. */
  double[] payouts(int[] legs) {
    return SlipEconomics.scaled(multipliers, factor(legs));
  }

  /** How many legs clear min_leg_edge. */
  int eligibleCount() {
    int count = 0;
    for (boolean e : eligible) {
      count += e ? 1 : 0;
    }
    return count;
  }

  /** A fresh incremental checker of the slip constraints (min_leg_edge and max_exposure aside). */
  ConstraintState state(SlipConstraints c) {
    return new ConstraintState(this, c);
  }
}
