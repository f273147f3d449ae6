package com.betterbros.props.optimize.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Hit distribution arithmetic behind the exact search's bounds")
class HitDistributionsTest {

  @Test
  @DisplayName("convolution adds independent counts: two fair coins give 1/4, 1/2, 1/4")
  void convolve() {
    assertThat(HitDistributions.convolve(new double[] {0.5, 0.5}, new double[] {0.5, 0.5}))
        .containsExactly(new double[] {0.25, 0.5, 0.25}, offset(1e-15));
  }

  @Test
  @DisplayName("the upper envelope dominates both inputs and the lower envelope is dominated by both")
  void envelopes() {
    double[] a = {0.2, 0.5, 0.3};
    double[] b = {0.4, 0.1, 0.5};
    double[] up = HitDistributions.survival(HitDistributions.upperEnvelope(a, b));
    double[] down = HitDistributions.survival(HitDistributions.lowerEnvelope(a, b));
    // S_a = 1, 0.8, 0.3; S_b = 1, 0.6, 0.5
    assertThat(up).containsExactly(new double[] {1, 0.8, 0.5}, offset(1e-12));
    assertThat(down).containsExactly(new double[] {1, 0.6, 0.3}, offset(1e-12));
    assertThat(HitDistributions.upperEnvelope(null, b)).isSameAs(b);
  }

  @Test
  @DisplayName("a block grown by a legs shifts the survival by a (plus slack); the running max is non-decreasing")
  void grownAndRunningMax() {
    double[] grown = HitDistributions.grown(new double[] {0.3, 0.7}, 2, 0.01);
    // S = 1, 0.7 shifted by 2: 1, 1, 1, 0.7 (+0.01, capped at 1)
    assertThat(HitDistributions.survival(grown)).containsExactly(new double[] {1, 1, 1, 0.71}, offset(1e-12));
    assertThat(HitDistributions.runningMax(new double[] {0, 0.4, 2, 1.5, 10}))
        .containsExactly(0, 0.4, 2, 2, 10);
    // E[M(K)] for K = 0, 1, 2 hits of two fair coins on 2-leg Power (3x)
    assertThat(HitDistributions.expectation(new double[] {0.25, 0.5, 0.25}, new double[] {0, 0, 3}))
        .isCloseTo(0.75, offset(1e-15));
  }
}
