package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.query;
import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The exact optimizer equals brute-force enumeration")
class SlipOptimizerExactTest {

  /** Tables of every mode: PrizePicks power and flex, Underdog standard and insured. */
  private static final String[][] MODES = {
      {"prizepicks", "power"}, {"prizepicks", "flex"}, {"underdog", "standard"}, {"underdog", "insured"}};

  private static void agrees(SlipBoard board, SlipOptimizer optimizer, int size, SlipConstraints c) {
    for (String[] mode : MODES) {
      if (BruteForce.PAYOUTS.table(mode[0], mode[1], size).isEmpty()) {
        continue;
      }
      PayoutTable t = table(mode[0], mode[1], size);
      List<TopSlips.Scored> all = BruteForce.all(board, t, c);
      SlipSearchResult r = optimizer.optimize(board, query(t, OptimizeMethod.EXACT, 1, c));
      String what = mode[0] + " " + mode[1] + " " + size;
      assertThat(r.slips()).as(what).hasSize(1);
      assertThat(r.slips().get(0).indices()).as(what).containsExactly(all.get(0).legs());
      assertThat(r.slips().get(0).ev()).as(what).isCloseTo(all.get(0).ev(), offset(1e-9));
      assertThat(r.evaluated()).as(what).isPositive().isLessThanOrEqualTo(all.size());
    }
  }

  @Test
  @DisplayName("random boards of 12 to 16 legs (seeds 11-13), sizes 2-4, every payout mode: same best slip and EV to 1e-9")
  void bruteForceAgreement() {
    int[][] shapes = {{4, 4}, {4, 3}, {5, 3}};
    for (int b = 0; b < shapes.length; b++) {
      SlipBoard board = SyntheticBoards.generate(11 + b, shapes[b][0], shapes[b][1], 0);
      for (int size = 2; size <= 4; size++) {
        agrees(board, new SlipOptimizer(), size, SlipConstraints.none());
        agrees(board, new SlipOptimizer(), size, SlipConstraints.defaults());
      }
    }
  }

  @Test
  @DisplayName("with only single-leg bounds exact (the rest grown with slack) the search still finds the optimum")
  void lazyBounds() {
    SlipBoard board = SyntheticBoards.generate(21, 4, 4, 0);
    SlipOptimizer lazy = new SlipOptimizer(1, SlipOptimizer.DEFAULT_EXACT_BUDGET, SlipOptimizer.DEFAULT_NODE_BUDGET,
        GeneticSlipSearch.DEFAULTS);
    for (int size = 3; size <= 4; size++) {
      agrees(board, lazy, size, SlipConstraints.none());
    }
  }

  @Test
  @DisplayName("legs correlated across games (one component of 10 legs) still give the brute-force optimum")
  void crossGameCorrelation() {
    SlipBoard board = SyntheticBoards.generate(31, 5, 2, 0.25);
    assertThat(board.components()).hasSize(1);
    agrees(board, new SlipOptimizer(), 3, SlipConstraints.none());
  }

  @Test
  @DisplayName("top_k = 3 returns the brute-force top three, best first; greedy never beats exact")
  void topKAndGreedy() {
    SlipBoard board = SyntheticBoards.generate(41, 4, 4, 0);
    for (String[] mode : new String[][] {{"prizepicks", "power"}, {"prizepicks", "flex"}}) {
      PayoutTable t = table(mode[0], mode[1], 3);
      List<TopSlips.Scored> all = BruteForce.all(board, t, SlipConstraints.defaults());
      SlipSearchResult exact = new SlipOptimizer().optimize(board, query(t, OptimizeMethod.EXACT, 3,
          SlipConstraints.defaults()));
      assertThat(exact.slips()).hasSize(3);
      for (int i = 0; i < 3; i++) {
        assertThat(exact.slips().get(i).indices()).containsExactly(all.get(i).legs());
        assertThat(exact.slips().get(i).ev()).isCloseTo(all.get(i).ev(), offset(1e-9));
      }
      SlipSearchResult greedy = new SlipOptimizer().optimize(board, query(t, OptimizeMethod.GREEDY, 1,
          SlipConstraints.defaults()));
      assertThat(greedy.slips().get(0).ev()).isLessThanOrEqualTo(exact.slips().get(0).ev() + 1e-12);
    }
  }

  @Test
  @DisplayName("past its exact-call or node budget the exact method refuses instead of answering unproven")
  void budgets() {
    SlipBoard board = SyntheticBoards.generate(81, 3, 4, 0);
    PayoutTable t = table("prizepicks", "power", 3);
    SlipQuery q = query(t, OptimizeMethod.EXACT, 1, SlipConstraints.none());
    SlipOptimizer fewCalls = new SlipOptimizer(SlipOptimizer.DEFAULT_EAGER_LIMIT, 5, SlipOptimizer.DEFAULT_NODE_BUDGET,
        GeneticSlipSearch.DEFAULTS);
    assertThatThrownBy(() -> fewCalls.optimize(board, q)).isInstanceOf(SearchBudgetException.class)
        .hasMessageContaining("genetic or greedy");
    SlipOptimizer fewNodes = new SlipOptimizer(SlipOptimizer.DEFAULT_EAGER_LIMIT, SlipOptimizer.DEFAULT_EXACT_BUDGET, 3,
        GeneticSlipSearch.DEFAULTS);
    assertThatThrownBy(() -> fewNodes.optimize(board, q)).isInstanceOf(SearchBudgetException.class)
        .hasMessageContaining("3 nodes");
    // the same board within the default budgets, and the genetic method has no such limit
    assertThat(new SlipOptimizer().optimize(board, q).slips()).hasSize(1);
    assertThat(fewCalls.optimize(board, query(t, OptimizeMethod.GENETIC, 1, SlipConstraints.none())).slips())
        .hasSize(1);
  }
}
