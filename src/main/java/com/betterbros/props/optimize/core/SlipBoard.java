package com.betterbros.props.optimize.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A board of legs with the correlation matrix R of their outcomes (Gaussian copula: leg i wins iff
 * Z_i <= Phi^-1(p_i), Z ~ N(0, R)), split into <em>components</em>: the connected components of
 * the graph with an edge wherever R_ij != 0. Legs of different components are independent, so a
 * slip's hit count is the sum of independent per-component hit counts (see {@link
 * BlockDistributions}). Legs of different games normally have R_ij = 0, so a component is usually
 * one game's legs. The board caches every block distribution it computes, so one board can serve
 * several searches (sizes, payout modes, methods). Not thread-safe: one search at a time.
 */
public final class SlipBoard {

  /** Block keys pack 10 bits per leg index. */
  public static final int MAX_LEGS = 1023;

  private final List<ParlayLeg> legs;
  private final double[][] r;
  private final int[] component;
  private final List<int[]> components;
  private final BlockDistributions blocks;

  private SlipBoard(List<ParlayLeg> legs, double[][] r) {
    this.legs = List.copyOf(legs);
    this.r = r;
    this.component = new int[legs.size()];
    this.components = connectedComponents(r, component);
    double[] p = legs.stream().mapToDouble(ParlayLeg::p).toArray();
    this.blocks = new BlockDistributions(p, r);
  }

  /**
   * A board of {@code legs} with correlation {@code r} (N x N, a valid correlation matrix: callers
   * validate it, e.g. with {@code CorrelationMatrix.validate}). Checks the shape only.
   */
  public static SlipBoard of(List<ParlayLeg> legs, double[][] r) {
    int n = legs.size();
    if (n < 1 || n > MAX_LEGS) {
      throw new IllegalArgumentException("a board has 1 to " + MAX_LEGS + " legs, got " + n);
    }
    if (r.length != n) {
      throw new IllegalArgumentException("the correlation matrix must be " + n + "x" + n);
    }
    for (double[] row : r) {
      if (row.length != n) {
        throw new IllegalArgumentException("the correlation matrix must be " + n + "x" + n);
      }
    }
    return new SlipBoard(legs, r);
  }

  /** The board's legs, in the caller's order (leg indices refer to it). */
  public List<ParlayLeg> legs() {
    return legs;
  }

  /** The number of legs. */
  public int size() {
    return legs.size();
  }

  /** The correlation of legs i and j. */
  public double correlation(int i, int j) {
    return r[i][j];
  }

  /** The component of leg i (an index into {@link #components()}). */
  public int componentOf(int i) {
    return component[i];
  }

  /** Every component's legs, ascending, components ordered by their smallest leg. */
  public List<int[]> components() {
    return components;
  }

  /** The block cache: hit distributions of sets of legs. */
  BlockDistributions blocks() {
    return blocks;
  }

  /**
   * P(exactly k wins), k = 0..n, of the slip of the given legs (ascending indices): the
   * convolution of its per-component blocks' distributions (independent components).
   */
  public double[] hits(int[] sortedLegs) {
    double[] total = {1};
    for (int i = 0; i < sortedLegs.length; i++) {
      if (!seenBefore(sortedLegs, i)) {
        total = HitDistributions.convolve(total, blocks.hits(blockOf(sortedLegs, component[sortedLegs[i]])));
      }
    }
    return total;
  }

  // the legs of sortedLegs in component c, ascending
  private int[] blockOf(int[] sortedLegs, int c) {
    int count = 0;
    for (int leg : sortedLegs) {
      count += component[leg] == c ? 1 : 0;
    }
    int[] block = new int[count];
    int k = 0;
    for (int leg : sortedLegs) {
      if (component[leg] == c) {
        block[k++] = leg;
      }
    }
    return block;
  }

  // true when the component of sortedLegs[at] already appeared among sortedLegs[0..at)
  private boolean seenBefore(int[] sortedLegs, int at) {
    for (int i = 0; i < at; i++) {
      if (component[sortedLegs[i]] == component[sortedLegs[at]]) {
        return true;
      }
    }
    return false;
  }

  private static List<int[]> connectedComponents(double[][] r, int[] component) {
    int n = r.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (r[i][j] != 0) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
    List<int[]> out = new ArrayList<>();
    int[] idOfRoot = new int[n];
    Arrays.fill(idOfRoot, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int root = find(parent, i);
      if (idOfRoot[root] < 0) {
        idOfRoot[root] = members.size();
        members.add(new ArrayList<>());
      }
      component[i] = idOfRoot[root];
      members.get(component[i]).add(i);
    }
    for (List<Integer> m : members) {
      out.add(m.stream().mapToInt(Integer::intValue).toArray());
    }
    return List.copyOf(out);
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
