package com.betterbros.props.optimize.core;

import io.jenetics.Chromosome;
import io.jenetics.EnumGene;
import io.jenetics.Mutator;
import io.jenetics.MutatorResult;
import io.jenetics.util.ISeq;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Mutation of a slip's leg set: with the mutation probability a slip makes one move, equally often
 * (a) swapping one leg for a uniformly drawn leg not in the slip, (b) swapping one leg for a leg of
 * the component (usually the game) of another leg of the slip, or (c) transplanting a block: t = 2..n
 * of its legs replaced by t legs of one randomly drawn component. Correlated same-game legs are where
 * a slip's value concentrates, and a stack of three legs is out of reach of single swaps whose
 * intermediate slips are worse; the block move reaches it in one step. The legs stay distinct.
 */
final class LegSwapMutator extends Mutator<EnumGene<Integer>, Double> {

  /** groups[g]: the allele indices of component g. */
  private final int[][] groups;
  /** groupOf[a]: the component of allele a. */
  private final int[] groupOf;

  LegSwapMutator(double probability, int[][] groups, int[] groupOf) {
    super(probability);
    this.groups = groups;
    this.groupOf = groupOf;
  }

  @Override
  protected MutatorResult<Chromosome<EnumGene<Integer>>> mutate(Chromosome<EnumGene<Integer>> chromosome,
      double p, RandomGenerator random) {
    ISeq<Integer> alleles = chromosome.gene().validAlleles();
    if (chromosome.length() >= alleles.length() || random.nextDouble() >= p) {
      return new MutatorResult<>(chromosome, 0);
    }
    List<Integer> slip = new ArrayList<>();
    chromosome.forEach(g -> slip.add(g.alleleIndex()));
    Set<Integer> used = new HashSet<>(slip);
    int changed = switch (random.nextInt(3)) {
      case 0 -> swap(slip, used, random.nextInt(slip.size()), uniform(used, alleles.length(), random));
      case 1 -> swap(slip, used, random.nextInt(slip.size()), sameGroup(slip, used, random));
      default -> transplant(slip, used, random);
    };
    List<EnumGene<Integer>> genes = slip.stream().map(a -> EnumGene.of(a, alleles)).toList();
    return new MutatorResult<>(chromosome.newInstance(ISeq.of(genes)), changed);
  }

  private static int swap(List<Integer> slip, Set<Integer> used, int position, int replacement) {
    if (replacement < 0) {
      return 0;
    }
    used.remove(slip.get(position));
    used.add(replacement);
    slip.set(position, replacement);
    return 1;
  }

  private static int uniform(Set<Integer> used, int alleles, RandomGenerator random) {
    int a;
    do {
      a = random.nextInt(alleles);
    } while (used.contains(a));
    return a;
  }

  // a free allele of the component of a random leg of the slip; -1 when that component has none
  private int sameGroup(List<Integer> slip, Set<Integer> used, RandomGenerator random) {
    int[] group = groups[groupOf[slip.get(random.nextInt(slip.size()))]];
    List<Integer> free = new ArrayList<>();
    for (int a : group) {
      if (!used.contains(a)) {
        free.add(a);
      }
    }
    return free.isEmpty() ? -1 : free.get(random.nextInt(free.size()));
  }

  // t = 2..n random positions take t free alleles of one random component (fewer if it has fewer)
  private int transplant(List<Integer> slip, Set<Integer> used, RandomGenerator random) {
    int[] group = groups[random.nextInt(groups.length)];
    List<Integer> free = new ArrayList<>();
    for (int a : group) {
      if (!used.contains(a)) {
        free.add(a);
      }
    }
    int t = Math.min(free.size(), 2 + random.nextInt(Math.max(1, slip.size() - 1)));
    int changed = 0;
    for (int k = 0; k < t; k++) {
      int position = random.nextInt(slip.size());
      int replacement = free.remove(random.nextInt(free.size()));
      changed += swap(slip, used, position, replacement);
    }
    return changed;
  }
}
