package com.betterbros.props.math;

import java.util.Arrays;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * Single-threaded timings of the slip probability methods beside naive baselines, for the
 * {@code bench-slips} command. Each figure is a median of timed runs after untimed warm-up runs
 * (the exact methods get 40: with fewer, C2 had not settled on the recursion and dense timings
 * doubled in some runs). Slips are seeded: 6 legs with p uniform on [0.45, 0.70] and
 * correlations from random two-factor loadings ({@link #correlated}).
 * <ol>
 *   <li>Exact pAll + hit distribution per slip, for game-structured slips (6 legs in games of
 *   1–3 legs, uncorrelated across games, as a slip with at least two teams usually is) and for
 *   fully dense slips (all 6 legs correlated). Baseline: naive Monte Carlo with 250,000 draws
 *   (standard error <= 0.001 for any probability) using {@link Random#nextGaussian()} and a full
 *   n x n matrix multiply per draw.</li>
 *   <li>Monte Carlo, 1,000,000 joint draws of 6 legs: {@link MonteCarloSlips} (ziggurat on
 *   SplittableRandom, packed triangular multiply, bitset) against the same naive loop.</li>
 * </ol>
 */
public final class SlipBenchmark {

  /** Sizes of one benchmark run. */
  record Settings(int structuredSlips, int denseSlips, int naiveSlips, int naiveDraws,
      int mcDraws, int exactWarmups, int exactRuns, int mcWarmups, int mcRuns) {}

  static final Settings DEFAULT = new Settings(2000, 500, 4, 250_000, 1_000_000, 40, 15, 5, 7);
  private static final int LEGS = 6;

  private SlipBenchmark() {}

  /** Runs the default benchmark (about half a minute) and returns the report. */
  public static String run() {
    return run(DEFAULT);
  }

  static String run(Settings s) {
    SplittableRandom random = new SplittableRandom(2024);
    double[][] p = new double[Math.max(s.structuredSlips(), s.denseSlips())][];
    double[][][] structured = new double[s.structuredSlips()][][];
    double[][][] dense = new double[s.denseSlips()][][];
    for (int i = 0; i < p.length; i++) {
      p[i] = new double[LEGS];
      for (int j = 0; j < LEGS; j++) {
        p[i][j] = 0.45 + 0.25 * random.nextDouble();
      }
    }
    for (int i = 0; i < structured.length; i++) {
      structured[i] = byGames(random);
    }
    for (int i = 0; i < dense.length; i++) {
      dense[i] = correlated(random, LEGS);
    }
    StringBuilder out = new StringBuilder();
    out.append(String.format("slip benchmark: %d legs, one thread, medians of %d runs after %d"
        + " warm-up runs (exact) and of %d after %d (Monte Carlo) (java %s)%n", LEGS, s.exactRuns(),
        s.exactWarmups(), s.mcRuns(), s.mcWarmups(), Runtime.version()));

    double exactDense = perItem(s.exactWarmups(), s.exactRuns(), dense.length,
        () -> Arrays.stream(range(dense.length))
            .forEach(i -> SlipProbabilities.exact(p[i], dense[i])));
    double exactStructured = perItem(s.exactWarmups(), s.exactRuns(), structured.length,
        () -> Arrays.stream(range(structured.length))
            .forEach(i -> SlipProbabilities.exact(p[i], structured[i])));
    double naiveSlip = perItem(s.mcWarmups(), s.mcRuns(), s.naiveSlips(),
        () -> Arrays.stream(range(s.naiveSlips()))
            .forEach(i -> NaiveMonteCarlo.simulate(p[i], dense[i], s.naiveDraws(), 7L + i)));
    out.append(String.format("exact, game-structured slips: %12.1f us/slip (target <= 50 us)%n",
        exactStructured / 1e3));
    out.append(String.format("exact, dense slips:           %12.1f us/slip (target <= 50 us)%n",
        exactDense / 1e3));
    out.append(String.format("naive MC, %,d draws:     %12.1f us/slip  -> exact is %.0fx"
            + " faster (structured), %.1fx (dense)%n", s.naiveDraws(), naiveSlip / 1e3,
        naiveSlip / exactStructured, naiveSlip / exactDense));

    double fastMc = perItem(s.mcWarmups(), s.mcRuns(), 1,
        () -> MonteCarloSlips.simulate(p[0], dense[0], s.mcDraws(), 11));
    double naiveMc = perItem(s.mcWarmups(), s.mcRuns(), 1,
        () -> NaiveMonteCarlo.simulate(p[0], dense[0], s.mcDraws(), 11));
    out.append(String.format("Monte Carlo, %,d draws:  %12.1f ms (target <= 100 ms)%n",
        s.mcDraws(), fastMc / 1e6));
    out.append(String.format("naive MC, %,d draws:     %12.1f ms  -> %.1fx faster%n",
        s.mcDraws(), naiveMc / 1e6, naiveMc / fastMc));
    return out.toString();
  }

  /** Median over runs of (elapsed nanoseconds / items), after the warm-up runs. */
  private static double perItem(int warmups, int runs, int items, Runnable work) {
    for (int i = 0; i < warmups; i++) {
      work.run();
    }
    double[] times = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      times[i] = (double) (System.nanoTime() - start) / items;
    }
    Arrays.sort(times);
    return times[times.length / 2];
  }

  private static int[] range(int n) {
    int[] r = new int[n];
    Arrays.setAll(r, i -> i);
    return r;
  }

  /** 6 legs split into games of 1–3 legs; legs of one game correlated, games independent. */
  static double[][] byGames(SplittableRandom random) {
    double[][] r = new double[LEGS][LEGS];
    int start = 0;
    while (start < LEGS) {
      int size = Math.min(1 + random.nextInt(3), LEGS - start);
      double[][] block = correlated(random, size);
      for (int i = 0; i < size; i++) {
        System.arraycopy(block[i], 0, r[start + i], start, size);
      }
      start += size;
    }
    return r;
  }

  /** A random n x n correlation matrix from two-factor loadings (see RandomCorrelation). */
  static double[][] correlated(SplittableRandom random, int n) {
    double[][] loadings = new double[n][2];
    double[] variance = new double[n];
    for (int i = 0; i < n; i++) {
      for (int f = 0; f < 2; f++) {
        loadings[i][f] = 1.2 * random.nextDouble() - 0.4;
        variance[i] += loadings[i][f] * loadings[i][f];
      }
      variance[i] += 0.3 + 0.5 * random.nextDouble();
    }
    double[][] r = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double c = loadings[i][0] * loadings[j][0] + loadings[i][1] * loadings[j][1];
        r[i][j] = i == j ? 1 : c / Math.sqrt(variance[i] * variance[j]);
      }
    }
    return r;
  }
}
