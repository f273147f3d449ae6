package com.betterbros.props.optimize.core;

import io.jenetics.EliteSelector;
import io.jenetics.EnumGene;
import io.jenetics.Genotype;
import io.jenetics.Optimize;
import io.jenetics.TournamentSelector;
import io.jenetics.engine.Codecs;
import io.jenetics.engine.Engine;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.InvertibleCodec;
import io.jenetics.engine.Limits;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * A seeded Jenetics genetic algorithm over fixed-size leg sets ({@link Codecs#ofSubSet(ISeq, int)}:
 * a permutation chromosome of {@code size} distinct legs), with {@link SubsetCrossover} and {@link
 * LegSwapMutator}, tournament selection of offspring and elitist survivors. Fitness is the slip's
 * exact EV from the board's block distributions (the same numbers the exact search uses, memoised
 * per slip), or -1 - (constraints broken) for an infeasible slip, below every feasible EV (>= -1).
 * The engine runs on the calling thread ({@code executor(Runnable::run)}): the optimize worker
 * verticle already bounds the threads, no hidden pool competes, and the seeded {@link
 * RandomRegistry} (thread-local) reaches every random draw, so a seed gives one answer.
 */
final class GeneticSlipSearch {

  /**
   * @param population individuals per generation
   * @param maxGenerations a hard stop
   * @param steadyGenerations stop when the best fitness has not improved for this many generations
   * @param crossover probability of {@link SubsetCrossover}
   * @param mutation per-slip probability of a {@link LegSwapMutator} move
   */
  record Settings(int population, int maxGenerations, int steadyGenerations, double crossover, double mutation) {}

  static final Settings DEFAULTS = new Settings(300, 1000, 100, 0.3, 0.6);

  private final SlipProblem problem;
  private final int[] legs;
  private final Settings settings;
  private final Map<Long, Double> fitness = new HashMap<>();
  private final Map<Long, TopSlips.Scored> feasible = new HashMap<>();

  GeneticSlipSearch(SlipProblem problem, boolean[] allowed, Settings settings) {
    this.problem = problem;
    this.legs = IntStream.range(0, allowed.length).filter(i -> allowed[i]).toArray();
    this.settings = settings;
  }

  /** Runs the engine with the given seed; returns every feasible slip it scored. */
  List<TopSlips.Scored> run(long seed) {
    return run(seed, List.of(), Long.MAX_VALUE);
  }

  /**
   * Runs the engine with the given seed, its first population holding {@code starts} (slips of
   * allowed legs, e.g. the exact search's incumbents; the rest random), and stops after the first
   * generation that ends past {@code deadline} ({@link System#nanoTime}; Long.MAX_VALUE = none).
   * Returns every feasible slip it scored.
   */
  List<TopSlips.Scored> run(long seed, List<int[]> starts, long deadline) {
    if (legs.length == problem.size) {
      score(ISeq.of(Arrays.stream(legs).boxed().toList()));
      return new ArrayList<>(feasible.values());
    }
    ISeq<Integer> alleles = ISeq.of(Arrays.stream(legs).boxed().toList());
    InvertibleCodec<ISeq<Integer>, EnumGene<Integer>> codec = Codecs.ofSubSet(alleles, problem.size);
    RandomRegistry.with(new SplittableRandom(seed), random -> {
      Engine<EnumGene<Integer>, Double> engine = Engine.builder(this::score, codec)
          .executor(Runnable::run)
          .optimize(Optimize.MAXIMUM)
          .populationSize(settings.population())
          .offspringSelector(new TournamentSelector<>(3))
          .survivorsSelector(new EliteSelector<>(Math.max(1, settings.population() / 20)))
          .alterers(new SubsetCrossover(settings.crossover()), mutator())
          // duplicates are replaced by fresh random slips, so the population keeps exploring
          .interceptor(EvolutionResult.toUniquePopulation())
          .build();
      List<Genotype<EnumGene<Integer>>> initial = starts.stream()
          .filter(slip -> slip.length == problem.size && Arrays.stream(slip).allMatch(leg -> Arrays.binarySearch(legs, leg) >= 0))
          .limit(settings.population())
          .map(slip -> codec.encode(ISeq.of(Arrays.stream(slip).boxed().toList())))
          .toList();
      return engine.stream(initial)
          .limit(result -> deadline == Long.MAX_VALUE || System.nanoTime() - deadline < 0)
          .limit(Limits.bySteadyFitness(settings.steadyGenerations()))
          .limit(settings.maxGenerations())
          .collect(EvolutionResult.toBestPhenotype());
    });
    return new ArrayList<>(feasible.values());
  }

  /** Distinct slips scored. */
  long evaluated() {
    return fitness.size();
  }

  private double score(ISeq<Integer> slip) {
    int[] sorted = slip.stream().mapToInt(Integer::intValue).sorted().toArray();
    long key = BlockDistributions.key(sorted);
    Double known = fitness.get(key);
    if (known != null) {
      return known;
    }
    int broken = ConstraintState.violations(problem, problem.constraints, sorted);
    double value;
    if (broken > 0) {
      value = -1.0 - broken;
    } else {
      value = problem.ev(sorted, problem.board.hits(sorted));
      feasible.put(key, new TopSlips.Scored(sorted, value));
    }
    fitness.put(key, value);
    return value;
  }

  // the alleles (positions in legs) of each component, and each allele's component
  private LegSwapMutator mutator() {
    Map<Integer, List<Integer>> byComponent = new TreeMap<>();
    for (int a = 0; a < legs.length; a++) {
      byComponent.computeIfAbsent(problem.board.componentOf(legs[a]), c -> new ArrayList<>()).add(a);
    }
    int[][] groups = new int[byComponent.size()][];
    int[] groupOf = new int[legs.length];
    int g = 0;
    for (List<Integer> members : byComponent.values()) {
      groups[g] = members.stream().mapToInt(Integer::intValue).toArray();
      for (int a : groups[g]) {
        groupOf[a] = g;
      }
      g++;
    }
    return new LegSwapMutator(settings.mutation(), groups, groupOf);
  }
}
