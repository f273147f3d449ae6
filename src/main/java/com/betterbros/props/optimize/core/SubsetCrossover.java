package com.betterbros.props.optimize.core;

import io.jenetics.Crossover;
import io.jenetics.EnumGene;
import io.jenetics.util.MSeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Crossover of two fixed-size subsets (the leg sets of two slips): both children keep the legs the
 * parents share, and the legs only one parent has are shuffled and dealt out between the children.
 * Children are again subsets of the same size with no repeated leg, so the chromosome stays valid.
 * Randomness from {@link RandomRegistry}, so a seeded run is reproducible.
 */
final class SubsetCrossover extends Crossover<EnumGene<Integer>, Double> {

  SubsetCrossover(double probability) {
    super(probability);
  }

  @Override
  protected int crossover(MSeq<EnumGene<Integer>> that, MSeq<EnumGene<Integer>> other) {
    Set<Integer> inThat = new HashSet<>();
    Set<Integer> inOther = new HashSet<>();
    that.forEach(g -> inThat.add(g.alleleIndex()));
    other.forEach(g -> inOther.add(g.alleleIndex()));
    List<Integer> thatOnly = new ArrayList<>();
    List<Integer> otherOnly = new ArrayList<>();
    List<EnumGene<Integer>> pool = new ArrayList<>();
    for (int i = 0; i < that.length(); i++) {
      if (!inOther.contains(that.get(i).alleleIndex())) {
        thatOnly.add(i);
        pool.add(that.get(i));
      }
    }
    for (int i = 0; i < other.length(); i++) {
      if (!inThat.contains(other.get(i).alleleIndex())) {
        otherOnly.add(i);
        pool.add(other.get(i));
      }
    }
    RandomGenerator random = RandomRegistry.random();
    // Fisher-Yates shuffle of the legs only one parent has
    for (int i = pool.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      EnumGene<Integer> swap = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swap);
    }
    int k = 0;
    for (int i : thatOnly) {
      that.set(i, pool.get(k++));
    }
    for (int i : otherOnly) {
      other.set(i, pool.get(k++));
    }
    return 2 * thatOnly.size();
  }
}
