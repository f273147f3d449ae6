package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Breakeven")
class BreakevenTest {

  @Test
  @DisplayName("a 3x two-leg power slip breaks even at 1/sqrt(3) = 0.57735 per leg")
  void twoLegPower() {
    assertThat(Breakeven.power(3, 2)).isCloseTo(0.57735, offset(1e-5));
  }

  @Test
  @DisplayName("per-leg break-even p satisfies M p^n = 1 for common payouts")
  void breaksEven() {
    // 5x for 3 legs: 5^(-1/3) = 0.584804; 10x for 4 legs: 10^(-1/4) = 0.562341; 2x for 1 leg: 0.5
    assertThat(Breakeven.power(5, 3)).isCloseTo(0.584804, offset(1e-6));
    assertThat(Breakeven.power(10, 4)).isCloseTo(0.562341, offset(1e-6));
    assertThat(Breakeven.power(2, 1)).isEqualTo(0.5);
    double p = Breakeven.power(20, 5);
    assertThat(20 * Math.pow(p, 5)).isCloseTo(1, offset(1e-12));
  }

  @Test
  @DisplayName("fair decimal odds are 1 / p")
  void fairOdds() {
    assertThat(Breakeven.fairOdds(0.5)).isEqualTo(2);
    assertThat(Breakeven.fairOdds(0.8)).isCloseTo(1.25, offset(1e-15));
    assertThat(Breakeven.fairOdds(1)).isEqualTo(1);
  }

  @Test
  @DisplayName("payouts below 1, zero legs and probabilities outside (0, 1] are rejected")
  void badInputs() {
    assertThatThrownBy(() -> Breakeven.power(0.5, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Breakeven.power(3, 0)).hasMessageContaining("legs");
    assertThatThrownBy(() -> Breakeven.fairOdds(0)).hasMessageContaining("p");
    assertThatThrownBy(() -> Breakeven.fairOdds(Double.NaN)).hasMessageContaining("p");
  }
}
