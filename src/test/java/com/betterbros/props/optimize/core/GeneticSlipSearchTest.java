package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The genetic optimizer: close to the exact optimum, reproducible by seed")
class GeneticSlipSearchTest {

  /** 40 legs: 8 games of 5 (seed 61). */
  private static final SlipBoard BOARD = SyntheticBoards.generate(61, 8, 5, 0);

  private static SlipSearchResult run(PayoutTable t, OptimizeMethod method, long seed) {
    return new SlipOptimizer().optimize(BOARD, new SlipQuery(t, method, 1, seed, SlipConstraints.defaults()));
  }

  @Test
  @DisplayName("4-leg Power and Flex on a 40-leg board: genetic (seeds 1-3) within 1% of the exact EV, greedy below it")
  void withinOnePercent() {
    for (String mode : new String[] {"power", "flex"}) {
      PayoutTable t = table("prizepicks", mode, 4);
      double exact = run(t, OptimizeMethod.EXACT, 0).slips().get(0).ev();
      assertThat(exact).as(mode).isPositive();
      for (long seed = 1; seed <= 3; seed++) {
        SlipSearchResult genetic = run(t, OptimizeMethod.GENETIC, seed);
        assertThat(genetic.slips().get(0).ev()).as("%s seed %d", mode, seed)
            .isGreaterThanOrEqualTo(0.99 * exact)
            .isLessThanOrEqualTo(exact + 1e-12);
        assertThat(genetic.evaluated()).isPositive();
      }
      assertThat(run(t, OptimizeMethod.GREEDY, 0).slips().get(0).ev()).isLessThanOrEqualTo(exact + 1e-12);
    }
  }

  @Test
  @DisplayName("the same seed gives the same slips and the same number of slips scored")
  void reproducible() {
    PayoutTable t = table("prizepicks", "flex", 4);
    SlipSearchResult a = run(t, OptimizeMethod.GENETIC, 5);
    SlipSearchResult b = run(t, OptimizeMethod.GENETIC, 5);
    assertThat(b.slips().get(0).legs()).isEqualTo(a.slips().get(0).legs());
    assertThat(b.slips().get(0).ev()).isEqualTo(a.slips().get(0).ev());
    assertThat(b.evaluated()).isEqualTo(a.evaluated());
  }
}
