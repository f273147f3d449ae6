package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The optimizer's joint choice under max_exposure on synthetic boards")
class JointExposureTest {

  private static double total(SlipSearchResult r) {
    return r.slips().stream().mapToDouble(OptimizedSlip::ev).sum();
  }

  private static int maxUses(SlipSearchResult r, int boardSize) {
    int[] uses = new int[boardSize];
    r.slips().forEach(s -> Arrays.stream(s.indices()).forEach(i -> uses[i]++));
    return Arrays.stream(uses).max().orElseThrow();
  }

  @Test
  @DisplayName("exact (untimed and timed) and genetic: top_k 10 with cap 2 on a 48-leg board, never below best first, and every slip's EV the board's")
  void neverBelowBestFirst() {
    SlipBoard board = SyntheticBoards.generate(71, 8, 6, 0);
    PayoutTable power3 = table("prizepicks", "power", 3);
    SlipConstraints c = SlipConstraints.defaults().withMaxExposure(0.2);
    List<SlipSearchResult> results = new ArrayList<>();
    results.add(new SlipOptimizer().optimize(board, new SlipQuery(power3, OptimizeMethod.EXACT, 10, 42, c)));
    results.add(new SlipOptimizer().optimize(board, new SlipQuery(power3, OptimizeMethod.EXACT, 10, 42, c, 2_000)));
    results.add(new SlipOptimizer().optimize(board, new SlipQuery(power3, OptimizeMethod.GENETIC, 10, 42, c)));
    for (SlipSearchResult r : results) {
      String method = r.method().wire() + (r.search() == null ? "" : " timed");
      assertThat(r.slips()).as(method).hasSize(10);
      assertThat(maxUses(r, board.size())).as(method).isLessThanOrEqualTo(2);
      ExposurePacking.Packing p = r.exposure();
      assertThat(p).as(method).isNotNull();
      assertThat(p.slips().size()).isGreaterThanOrEqualTo(p.greedy().size());
      assertThat(total(r)).as(method).isGreaterThanOrEqualTo(p.greedyTotalEv() - 1e-12);
      assertThat(total(r)).isCloseTo(p.totalEv(), org.assertj.core.api.Assertions.offset(1e-9));
      assertThat(p.poolSize()).isBetween(10, SlipOptimizer.POOL_LIMIT + 10);
    }
    // the joint exact choice is at least the old per-round best-first choice of the whole board
    SlipSearchResult exact = results.get(0);
    List<TopSlips.Scored> all = BruteForce.all(board, power3, SlipConstraints.defaults());
    double bestFirst = ExposurePacking.total(TopSlips.underExposure(all, 10, 2, board.size()));
    assertThat(total(exact)).isGreaterThanOrEqualTo(bestFirst - 1e-12);
  }

  @Test
  @DisplayName("without a binding cap there is no packing: the top_k best, best first")
  void noCapNoPacking() {
    SlipBoard board = SyntheticBoards.generate(72, 4, 5, 0);
    SlipSearchResult r = new SlipOptimizer().optimize(board,
        new SlipQuery(table("prizepicks", "power", 2), OptimizeMethod.EXACT, 3, 42, SlipConstraints.defaults()));
    assertThat(r.exposure()).isNull();
    assertThat(r.slips()).hasSize(3);
  }

  @Test
  @DisplayName("timed exact that falls back to genetic on 480 legs (size 5, 300 ms): the genetic population joins the pool, cap 2 holds")
  void fallbackPool() {
    SlipBoard board = SyntheticBoards.generate(51, 12, 40, 0);
    SlipConstraints c = SlipConstraints.defaults().withMaxExposure(0.2);
    SlipSearchResult r = new SlipOptimizer().optimize(board,
        new SlipQuery(table("prizepicks", "power", 5), OptimizeMethod.EXACT, 10, 42, c, 300));
    assertThat(r.search().fallback()).isEqualTo("genetic");
    assertThat(r.slips()).hasSize(10);
    assertThat(maxUses(r, board.size())).isLessThanOrEqualTo(2);
    ExposurePacking.Packing p = r.exposure();
    // more than the rounds' 5 best each plus the picks: the population is in the pool
    assertThat(p.poolSize()).isGreaterThan(10 * SlipOptimizer.POOL_PER_ROUND + 10);
    assertThat(total(r)).isGreaterThanOrEqualTo(p.greedyTotalEv() - 1e-12);
  }
}
