package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SlipBenchmark")
class SlipBenchmarkTest {

  @Test
  @DisplayName("a small run reports every timing with its baseline ratio")
  void smallRun() {
    String report = SlipBenchmark.run(new SlipBenchmark.Settings(20, 2, 1, 2_000, 20_000, 0, 1, 0, 1));
    assertThat(report).contains("exact, game-structured slips:", "exact, dense slips:",
        "naive MC, 2,000 draws:", "Monte Carlo, 20,000 draws:", "naive MC, 20,000 draws:",
        "faster");
    assertThat(report.lines()).hasSize(6);
  }

  @Test
  @DisplayName("game-structured slips keep legs of different games uncorrelated")
  void gamesAreIndependent() {
    double[][] r = SlipBenchmark.byGames(new java.util.SplittableRandom(3));
    CorrelationMatrix.validate(r, 6);
    int[][] components = SlipProbabilities.components(r);
    assertThat(components.length).isGreaterThanOrEqualTo(2);
    for (int[] component : components) {
      assertThat(component.length).isLessThanOrEqualTo(3);
    }
  }
}
