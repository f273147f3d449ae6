package com.betterbros.props.math;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: the exact hit distribution of a dense 6-leg slip ({@link SlipProbabilities#exact}, Plackett
 * recursion) against the naive baseline in the same run — naive Monte Carlo with 250,000 draws
 * ({@link NaiveMonteCarlo}) — and the fast Monte Carlo with 1,000,000 draws. Slips are the
 * {@code slips} command's dense ones: p uniform on [0.45, 0.70], two-factor correlations, seed 2024.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--sun-misc-unsafe-memory-access=allow"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SlipProbabilityJmh {

  private static final int SLIPS = 500;
  private double[][] p;
  private double[][][] dense;
  private int next;

  @Setup
  public void slips() {
    SplittableRandom random = new SplittableRandom(2024);
    p = new double[SLIPS][6];
    dense = new double[SLIPS][][];
    for (int i = 0; i < SLIPS; i++) {
      for (int j = 0; j < 6; j++) {
        p[i][j] = 0.45 + 0.25 * random.nextDouble();
      }
    }
    for (int i = 0; i < SLIPS; i++) {
      dense[i] = SlipBenchmark.correlated(random, 6);
    }
  }

  /** One dense slip, exact (the slips cycle so no single matrix is cached by the JIT's view). */
  @Benchmark
  public SlipDistribution exactDense() {
    int i = next;
    next = (i + 1) % SLIPS;
    return SlipProbabilities.exact(p[i], dense[i]);
  }

  /** Baseline: one dense slip by naive Monte Carlo, 250,000 draws (standard error <= 0.001). */
  @Benchmark
  public SlipDistribution naiveMonteCarlo250k() {
    int i = next;
    next = (i + 1) % SLIPS;
    return NaiveMonteCarlo.simulate(p[i], dense[i], 250_000, 7L + i);
  }

  /** The fast Monte Carlo, 1,000,000 joint draws of one dense slip. */
  @Benchmark
  public SlipDistribution monteCarlo1m() {
    return MonteCarloSlips.simulate(p[0], dense[0], 1_000_000, 11);
  }
}
