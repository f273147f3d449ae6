package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Parallel subtrees on a bounded pool: the same optimum as brute force, and a bound when stopped")
class ParallelSearchTest {

  private static ExecutorService pool;

  @BeforeAll
  static void start() {
    pool = SearchPool.bounded(3, "test-search");
  }

  @AfterAll
  static void stop() {
    pool.shutdownNow();
  }

  @Test
  @DisplayName("seeded boards 91-93 (4 to 5 games), power and flex sizes 2-4, top_k 3: the brute-force top three")
  void equalsBruteForce() {
    SlipOptimizer parallel = new SlipOptimizer(pool);
    int[][] shapes = {{4, 4}, {5, 3}, {4, 5}};
    for (int b = 0; b < shapes.length; b++) {
      SlipBoard board = SyntheticBoards.generate(91 + b, shapes[b][0], shapes[b][1], 0);
      for (int size = 2; size <= 4; size++) {
        for (String mode : new String[] {"power", "flex"}) {
          if (BruteForce.PAYOUTS.table("prizepicks", mode, size).isEmpty()) {
            continue;
          }
          PayoutTable t = table("prizepicks", mode, size);
          List<TopSlips.Scored> all = BruteForce.all(board, t, SlipConstraints.defaults());
          SlipSearchResult r = parallel.optimize(board,
              new SlipQuery(t, OptimizeMethod.EXACT, 3, 42, SlipConstraints.defaults(), 10_000));
          String what = "board " + b + " " + mode + " " + size;
          assertThat(r.search().optimal()).as(what).isTrue();
          for (int i = 0; i < 3; i++) {
            assertThat(r.slips().get(i).ev()).as(what + " slip " + i).isCloseTo(all.get(i).ev(), offset(1e-9));
          }
        }
      }
    }
  }

  @Test
  @DisplayName("a 480-leg board, flex 5, 200 ms: stopped subtrees leave an upper bound above every slip returned")
  void stoppedInParallel() {
    SlipBoard board = SyntheticBoards.generate(95, 12, 40, 0);
    PayoutTable t = table("prizepicks", "flex", 5);
    SlipSearchResult r = new SlipOptimizer(pool).optimize(board,
        new SlipQuery(t, OptimizeMethod.EXACT, 1, 42, SlipConstraints.defaults(), 200));
    assertThat(r.search().optimal()).isFalse();
    assertThat(r.search().fallback()).isEqualTo("genetic");
    assertThat(r.search().upperBound()).isGreaterThanOrEqualTo(r.slips().get(0).ev());
  }
}
