package com.betterbros.props.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MinutesPlan")
class MinutesPlanTest {

  private final TeamProfile team = LeagueFactory.create(new SplittableRandom(11)).teams().get(4);

  @Test
  @DisplayName("expected minutes sum to 240 and injured players' minutes go to teammates")
  void redistributes() {
    MinutesPlan healthy = MinutesPlan.of(team, id -> false, 1);
    assertThat(Arrays.stream(healthy.mu).sum()).isCloseTo(240.0, offset(1e-9));
    String star = team.roster().get(0).id();
    MinutesPlan without = MinutesPlan.of(team, Set.of(star)::contains, 1);
    assertThat(without.players).hasSize(14);
    assertThat(Arrays.stream(without.mu).sum()).isCloseTo(240.0, offset(1e-9));
    int second = without.indexOf(team.roster().get(1).id());
    assertThat(without.mu[second]).isGreaterThan(healthy.mu[healthy.indexOf(
        team.roster().get(1).id())]);
    assertThat(Arrays.stream(without.mu).max().orElseThrow())
        .isLessThanOrEqualTo(ModelParams.MINUTES_CAP + 1.5);
  }

  @Test
  @DisplayName("on a back-to-back starters play less and the bench more")
  void backToBack() {
    MinutesPlan rested = MinutesPlan.of(team, id -> false, 1);
    MinutesPlan tired = MinutesPlan.of(team, id -> false, 0);
    assertThat(tired.mu[0]).isLessThan(rested.mu[0] - 1);
    assertThat(tired.mu[6]).isGreaterThan(rested.mu[6]);
  }

  @Test
  @DisplayName("realised minutes total 240 and match the variance and beta formulas (seed 5)")
  void realisedMinutes() {
    MinutesPlan plan = MinutesPlan.of(team, id -> false, 1);
    SplittableRandom rng = new SplittableRandom(5);
    int draws = 40_000;
    double[] sum = new double[3];
    double sumSq = 0;
    double sumCross = 0;
    for (int d = 0; d < draws; d++) {
      double[] m = GameSimulator.minutes(plan, rng);
      assertThat(Arrays.stream(m).sum()).isCloseTo(240.0, offset(1e-6));
      double a = m[0] - plan.mu[0];
      double b = m[2] - plan.mu[2];
      sum[0] += a;
      sumSq += a * a;
      sumCross += a * b;
    }
    assertThat(sum[0] / draws).isCloseTo(0.0, offset(0.05));
    double variance = sumSq / draws;
    assertThat(variance).isCloseTo(plan.minutesVariance(0), offset(0.03 * variance));
    assertThat(sumCross / sumSq).isCloseTo(plan.minutesBeta(0, 2), offset(0.01));
  }
}
