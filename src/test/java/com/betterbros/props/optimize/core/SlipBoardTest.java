package com.betterbros.props.optimize.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.betterbros.props.math.SlipProbabilities;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A slip board: components, cached block distributions, and slips scored as independent blocks")
class SlipBoardTest {

  private static ParlayLeg leg(int i, double p, String game) {
    return new ParlayLeg("l" + i, p, "p" + i, "t" + i, game);
  }

  /** Legs 0-1-2 a chain in game a (0 and 2 uncorrelated), legs 3-4 in game b. */
  private static SlipBoard chain() {
    List<ParlayLeg> legs = List.of(leg(0, 0.55, "a"), leg(1, 0.6, "a"), leg(2, 0.58, "a"), leg(3, 0.62, "b"),
        leg(4, 0.57, "b"));
    double[][] r = {
        {1, 0.4, 0, 0, 0},
        {0.4, 1, 0.3, 0, 0},
        {0, 0.3, 1, 0, 0},
        {0, 0, 0, 1, -0.2},
        {0, 0, 0, -0.2, 1}};
    return SlipBoard.of(legs, r);
  }

  @Test
  @DisplayName("components are the connected parts of the non-zero correlations")
  void components() {
    SlipBoard board = chain();
    assertThat(board.components()).hasSize(2);
    assertThat(board.components().get(0)).containsExactly(0, 1, 2);
    assertThat(board.components().get(1)).containsExactly(3, 4);
    assertThat(board.componentOf(2)).isEqualTo(board.componentOf(0)).isNotEqualTo(board.componentOf(3));
  }

  @Test
  @DisplayName("independent legs (other games, or uncorrelated legs of one chain) give the Poisson-binomial exactly")
  void independentLegs() {
    SlipBoard board = chain();
    double[] cross = board.hits(new int[] {0, 3});
    assertThat(cross).containsExactly(new double[] {0.45 * 0.38, 0.55 * 0.38 + 0.45 * 0.62, 0.55 * 0.62},
        offset(1e-15));
    double[] split = board.hits(new int[] {0, 2});
    assertThat(split[2]).isCloseTo(0.55 * 0.58, offset(1e-15));
    assertThat(board.blocks().exactCalls()).isZero();
  }

  @Test
  @DisplayName("a connected block is the exact method's answer, computed once; blocks of two games convolve")
  void blocksAndCache() {
    SlipBoard board = chain();
    double[] pair = board.hits(new int[] {0, 1});
    double[] direct = SlipProbabilities.exact(new double[] {0.55, 0.6}, new double[][] {{1, 0.4}, {0.4, 1}}).hits();
    assertThat(pair).containsExactly(direct, offset(0.0));
    board.hits(new int[] {0, 1});
    assertThat(board.blocks().exactCalls()).isEqualTo(1);
    double[] four = board.hits(new int[] {0, 1, 3, 4});
    double[] other = board.hits(new int[] {3, 4});
    assertThat(four).containsExactly(HitDistributions.convolve(pair, other), offset(1e-15));
    assertThat(board.blocks().exactCalls()).isEqualTo(2);
    // the factorised slip agrees with one exact call on the whole block-diagonal 4-leg matrix
    double[][] r = {{1, 0.4, 0, 0}, {0.4, 1, 0, 0}, {0, 0, 1, -0.2}, {0, 0, -0.2, 1}};
    double[] whole = SlipProbabilities.exact(new double[] {0.55, 0.6, 0.62, 0.57}, r).hits();
    for (int k = 0; k <= 4; k++) {
      assertThat(four[k]).as("P(%d hits)", k).isCloseTo(whole[k], offset(1e-4));
    }
  }

  @Test
  @DisplayName("adding legs to a block never raises P(K >= m) beyond the grown bound used by the exact search")
  void grownBoundHolds() {
    SlipBoard board = SyntheticBoards.generate(71, 1, 6, 0);
    int[][][] cases = {{{0}, {0, 1}}, {{0, 1}, {0, 1, 2}}, {{1, 3}, {1, 2, 3, 5}}, {{0, 2, 4}, {0, 1, 2, 4}}};
    for (int[][] c : cases) {
      double[] small = board.hits(c[0]);
      double[] big = board.hits(c[1]);
      double[] bound = HitDistributions.survival(HitDistributions.grown(small, c[1].length - c[0].length,
          ExactBounds.MONOTONE_SLACK));
      double[] actual = HitDistributions.survival(big);
      for (int m = 0; m < actual.length; m++) {
        assertThat(actual[m]).as("P(K >= %d)", m).isLessThanOrEqualTo(bound[m]);
      }
    }
  }
}
