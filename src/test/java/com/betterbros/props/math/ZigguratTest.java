package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Ziggurat")
class ZigguratTest {

  private static final int N = 1_000_000;

  private static double[] sample(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = Ziggurat.next(random);
    }
    return x;
  }

  @Test
  @DisplayName("moments match N(0, 1) within 4 standard errors (10^6 draws, seed 1)")
  void moments() {
    double[] x = sample(1);
    double m1 = 0;
    double m2 = 0;
    double m3 = 0;
    double m4 = 0;
    for (double v : x) {
      m1 += v;
      m2 += v * v;
      m3 += v * v * v;
      m4 += v * v * v * v;
    }
    // standard errors of the sample moments of N(0,1): sqrt(1/N), sqrt(2/N), sqrt(15/N), sqrt(96/N)
    assertThat(m1 / N).isCloseTo(0, offset(4 * Math.sqrt(1.0 / N)));
    assertThat(m2 / N).isCloseTo(1, offset(4 * Math.sqrt(2.0 / N)));
    assertThat(m3 / N).isCloseTo(0, offset(4 * Math.sqrt(15.0 / N)));
    assertThat(m4 / N).isCloseTo(3, offset(4 * Math.sqrt(96.0 / N)));
  }

  @Test
  @DisplayName("the Kolmogorov-Smirnov distance to Phi is below the 0.1% critical value 1.95/sqrt(n)")
  void kolmogorovSmirnov() {
    double[] x = sample(2);
    Arrays.sort(x);
    double d = 0;
    for (int i = 0; i < N; i++) {
      double f = Normal.cdf(x[i]);
      d = Math.max(d, Math.max(f - (double) i / N, (double) (i + 1) / N - f));
    }
    assertThat(d).isLessThan(1.95 / Math.sqrt(N));
  }

  @Test
  @DisplayName("the tail beyond the base strip (|x| > 3.4426) and beyond 4 has the normal mass")
  void tails() {
    double[] x = sample(3);
    double[] cuts = {3.442619855899, 4};
    for (double cut : cuts) {
      long count = Arrays.stream(x).filter(v -> Math.abs(v) > cut).count();
      double expected = 2 * Normal.cdf(-cut);
      double se = Math.sqrt(expected * (1 - expected) / N);
      assertThat((double) count / N).as("P(|Z| > %s)", cut).isCloseTo(expected, offset(4 * se));
    }
  }
}
