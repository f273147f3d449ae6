package com.betterbros.props.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("CorrelationMatrix")
class CorrelationMatrixTest {

  private static final double[][] VALID = {{1, 0.3, 0.2}, {0.3, 1, 0.5}, {0.2, 0.5, 1}};

  @Test
  @DisplayName("validation says which check failed for each kind of bad matrix")
  void messages() {
    assertBad(new double[][] {{1, 0}, {0, 1, 0}}, 2, "not square");
    assertBad(null, 2, "not square");
    assertBad(VALID, 4, "size 3 does not match 4 legs");
    assertBad(new double[][] {{1, 0.1, 0.3}, {0.1, 1, 0.1}, {0.2, 0.1, 1}}, 3,
        "not symmetric at (0,2): 0.3 vs 0.2");
    assertBad(new double[][] {{1, 0.1}, {0.1, 0.9}}, 2, "diagonal (1,1) is 0.9, not 1");
    assertBad(new double[][] {{1, 1.3}, {1.3, 1}}, 2, "entry (0,1) = 1.3 outside [-1, 1]");
    // equicorrelated -0.56 on 3 legs: eigenvalues 1 + 2(-0.56) = -0.12 and 1.56 (twice)
    double[][] indefinite = {{1, -0.56, -0.56}, {-0.56, 1, -0.56}, {-0.56, -0.56, 1}};
    assertBad(indefinite, 3, "not positive semi-definite: smallest eigenvalue -0.12 < -1e-8");
    assertThatThrownBy(() -> CorrelationMatrix.cholesky(indefinite))
        .hasMessage("not positive semi-definite: smallest eigenvalue -0.12 < -1e-8");
  }

  private static void assertBad(double[][] r, int legs, String message) {
    assertThatThrownBy(() -> CorrelationMatrix.validate(r, legs))
        .isInstanceOf(InvalidCorrelationException.class).hasMessage(message);
  }

  @Test
  @DisplayName("valid, singular and rounding-perturbed matrices pass validation")
  void validMatrices() {
    assertThatCode(() -> CorrelationMatrix.validate(VALID, 3)).doesNotThrowAnyException();
    double[][] ones = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
    assertThatCode(() -> CorrelationMatrix.validate(ones, 3)).doesNotThrowAnyException();
    double[][] nudged = {{1 + 1e-9, 0.3 + 1e-10}, {0.3, 1}};
    assertThatCode(() -> CorrelationMatrix.validate(nudged, 2)).doesNotThrowAnyException();
    assertThatThrownBy(() -> CorrelationMatrix.validate(nudged, 2, 1e-11))
        .hasMessageStartingWith("diagonal (0,0)");
  }

  @Test
  @DisplayName("the Cholesky factor is lower triangular with L L' = R to 1e-14")
  void cholesky() {
    SplittableRandom random = new SplittableRandom(7);
    for (int trial = 0; trial < 50; trial++) {
      double[][] r = RandomCorrelation.fromFactors(random, 2 + trial % 7, 3);
      double[][] l = CorrelationMatrix.cholesky(r);
      assertReproduces(l, r, 1e-14);
    }
  }

  @Test
  @DisplayName("a singular PSD matrix gets a factor with zero columns that still reproduces it")
  void singularCholesky() {
    double[][] r = {{1, 1, 0.5}, {1, 1, 0.5}, {0.5, 0.5, 1}};
    double[][] l = CorrelationMatrix.cholesky(r);
    assertThat(l[1][1]).isZero();
    assertReproduces(l, r, 1e-15);
  }

  private static void assertReproduces(double[][] l, double[][] r, double tolerance) {
    int n = r.length;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int k = 0; k < n; k++) {
          sum += l[i][k] * l[j][k];
        }
        assertThat(sum).isCloseTo(r[i][j], offset(tolerance));
        if (j > i) {
          assertThat(l[i][j]).isZero();
        }
      }
    }
  }

  @Test
  @DisplayName("Higham's example [[1,1,0],[1,1,1],[0,1,1]] repairs to 0.76069 / 0.15730")
  void highamExample() {
    double[][] x = CorrelationMatrix.nearestCorrelation(
        new double[][] {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}});
    // reference: Higham (2002), section 4; digits from a NumPy run of the same iteration
    assertThat(x[0][1]).isCloseTo(0.760689853402, offset(1e-9));
    assertThat(x[1][2]).isCloseTo(0.760689853402, offset(1e-9));
    assertThat(x[0][2]).isCloseTo(0.157298106138, offset(1e-9));
    assertThatCode(() -> CorrelationMatrix.validate(x, 3)).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("the nearest correlation matrix is valid, exactly unit-diagonal and idempotent")
  void nearestIsValidAndIdempotent() {
    SplittableRandom random = new SplittableRandom(8);
    for (int trial = 0; trial < 20; trial++) {
      int n = 3 + trial % 6;
      double[][] noisy = RandomCorrelation.fromFactors(random, n, 2);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++) {
          noisy[i][j] += 0.6 * (random.nextDouble() - 0.5);
          noisy[j][i] = noisy[i][j];
        }
      }
      double[][] x = CorrelationMatrix.nearestCorrelation(noisy);
      assertThatCode(() -> CorrelationMatrix.validate(x, n)).doesNotThrowAnyException();
      for (int i = 0; i < n; i++) {
        assertThat(x[i][i]).isEqualTo(1);
      }
      assertSame(CorrelationMatrix.nearestCorrelation(x), x, 1e-12);
      double[][] valid = RandomCorrelation.fromFactors(random, n, 2);
      assertSame(CorrelationMatrix.nearestCorrelation(valid), valid, 1e-12);
    }
  }

  @Test
  @DisplayName("a repair with a floor keeps every eigenvalue >= floor, even after rounding to 6 decimals")
  void flooredRepairSurvivesRounding() {
    SplittableRandom random = new SplittableRandom(9);
    for (int trial = 0; trial < 20; trial++) {
      int n = 3 + trial % 6;
      double[][] noisy = RandomCorrelation.fromFactors(random, n, 2);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++) {
          noisy[i][j] = Math.clamp(noisy[i][j] + 0.8 * (random.nextDouble() - 0.5), -1, 1);
          noisy[j][i] = noisy[i][j];
        }
      }
      double[][] plain = CorrelationMatrix.nearestCorrelation(noisy);
      double[][] floored = CorrelationMatrix.nearestCorrelation(noisy, 1e-3);
      assertThat(CorrelationMatrix.smallestEigenvalue(floored)).isGreaterThan(1e-3 - 1e-12);
      double[][] rounded = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          rounded[i][j] = Math.round(floored[i][j] * 1e6) / 1e6;
          // the floor moves an entry of the nearest matrix by at most 0.001
          assertThat(floored[i][j]).isCloseTo(plain[i][j], offset(1e-3 + 1e-12));
        }
      }
      assertThatCode(() -> CorrelationMatrix.validate(rounded, n, 1e-8))
          .doesNotThrowAnyException();
    }
  }

  private static void assertSame(double[][] actual, double[][] expected, double tolerance) {
    for (int i = 0; i < expected.length; i++) {
      for (int j = 0; j < expected.length; j++) {
        assertThat(actual[i][j]).isCloseTo(expected[i][j], offset(tolerance));
      }
    }
  }
}
