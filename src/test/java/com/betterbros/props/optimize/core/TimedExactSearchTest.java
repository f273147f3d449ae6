package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The exact method under a time budget: optimal when it finishes, a proven bound and a fallback when not")
class TimedExactSearchTest {

  private static SlipQuery timed(PayoutTable t, int topK, SlipConstraints c, long limitMs) {
    return new SlipQuery(t, OptimizeMethod.EXACT, topK, 42, c, limitMs);
  }

  @Test
  @DisplayName("small random boards (seeds 41-43), sizes 2-4, 5 s budget: optimal, gap 0, the brute-force top three")
  void finishesOnSmallBoards() {
    int[][] shapes = {{4, 4}, {4, 3}, {5, 3}};
    for (int b = 0; b < shapes.length; b++) {
      SlipBoard board = SyntheticBoards.generate(41 + b, shapes[b][0], shapes[b][1], 0);
      for (int size = 2; size <= 4; size++) {
        PayoutTable t = table("prizepicks", "power", size);
        List<TopSlips.Scored> all = BruteForce.all(board, t, SlipConstraints.none());
        SlipSearchResult r = new SlipOptimizer().optimize(board, timed(t, 3, SlipConstraints.none(), 5_000));
        String what = "board " + b + " size " + size;
        assertThat(r.search()).as(what).isNotNull();
        assertThat(r.search().optimal()).as(what).isTrue();
        assertThat(r.search().gap()).as(what).isZero();
        assertThat(r.search().fallback()).as(what).isNull();
        assertThat(r.search().upperBound()).as(what).isCloseTo(all.get(0).ev(), offset(1e-9));
        for (int i = 0; i < 3; i++) {
          assertThat(r.slips().get(i).indices()).as(what + " slip " + i).containsExactly(all.get(i).legs());
        }
      }
    }
  }

  @Test
  @DisplayName("a 480-leg board of size 5 in 300 ms: not optimal, genetic fallback, upper bound >= every slip's EV")
  void fallsBackOnLargeBoards() {
    SlipBoard board = SyntheticBoards.generate(51, 12, 40, 0);
    PayoutTable t = table("prizepicks", "power", 5);
    SlipSearchResult r = new SlipOptimizer().optimize(board, timed(t, 3, SlipConstraints.defaults(), 300));
    assertThat(r.slips()).hasSize(3);
    assertThat(r.search().optimal()).isFalse();
    assertThat(r.search().fallback()).isEqualTo("genetic");
    assertThat(r.search().upperBound()).isGreaterThanOrEqualTo(r.slips().get(0).ev());
    assertThat(r.search().gap()).isCloseTo(r.search().upperBound() - r.slips().get(0).ev(), offset(1e-12));
    // the exact share is 180 ms; its deadline is checked per node and between envelope sizes, so a
    // loaded machine can pass it by one component's envelopes
    assertThat(r.search().exactMs()).isLessThan(1_000);
    // one genetic generation past the budget at most; generous for a shared machine
    assertThat(r.elapsedMs()).isLessThan(3_000);
    for (OptimizedSlip s : r.slips()) {
      assertThat(ConstraintState.violations(new SlipProblem(board, 5, t, SlipConstraints.defaults()),
          SlipConstraints.defaults(), s.indices())).isZero();
    }
  }

  @Test
  @DisplayName("stopped early, the unexplored bound still covers the brute-force optimum of a small board")
  void boundIsAdmissibleWhenStopped() {
    SlipBoard board = SyntheticBoards.generate(61, 5, 4, 0);
    PayoutTable t = table("prizepicks", "power", 4);
    List<TopSlips.Scored> all = BruteForce.all(board, t, SlipConstraints.none());
    SlipProblem problem = new SlipProblem(board, 4, t, SlipConstraints.none());
    boolean[] allowed = problem.eligible.clone();
    for (int stopAfter = 1; stopAfter <= 40; stopAfter += 3) {
      ExactBounds bounds = new ExactBounds(problem, allowed, SlipOptimizer.DEFAULT_EAGER_LIMIT, Long.MAX_VALUE);
      TopSlips top = new TopSlips(1);
      ExactSlipSearch search = new ExactSlipSearch(problem, bounds, allowed, top, Long.MAX_VALUE, stopAfter);
      try {
        search.run();
      } catch (SearchBudgetException e) {
        // the node budget stands in for the deadline: the pending bounds are the same
      }
      double found = top.best().isEmpty() ? Double.NEGATIVE_INFINITY : top.best().get(0).ev();
      assertThat(Math.max(found, search.unexplored())).as("after " + stopAfter + " nodes")
          .isGreaterThanOrEqualTo(all.get(0).ev() - 1e-9);
    }
  }
}
