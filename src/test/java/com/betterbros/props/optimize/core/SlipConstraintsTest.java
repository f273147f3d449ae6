package com.betterbros.props.optimize.core;

import static com.betterbros.props.optimize.core.BruteForce.query;
import static com.betterbros.props.optimize.core.BruteForce.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slip constraints: honoured by every method, infeasible ones named, exposure capped across top_k")
class SlipConstraintsTest {

  /** 20 legs: 5 games of 4 (seed 51), two teams a game, three players a game. */
  private static final SlipBoard BOARD = SyntheticBoards.generate(51, 5, 4, 0);
  private static final PayoutTable POWER_3 = table("prizepicks", "power", 3);

  private static void honoured(SlipConstraints c, SlipOptimizer optimizer) {
    SlipProblem problem = new SlipProblem(BOARD, 3, POWER_3, c);
    List<TopSlips.Scored> all = BruteForce.all(BOARD, POWER_3, c);
    for (OptimizeMethod method : OptimizeMethod.values()) {
      SlipSearchResult r = optimizer.optimize(BOARD, query(POWER_3, method, 5, c));
      assertThat(r.slips()).as("%s %s", method, c).isNotEmpty();
      for (OptimizedSlip s : r.slips()) {
        assertThat(ConstraintState.violations(problem, c, s.indices())).as("%s %s", method, c).isZero();
        assertThat(Arrays.stream(s.indices()).allMatch(i -> problem.eligible[i])).isTrue();
      }
      if (method == OptimizeMethod.EXACT) {
        for (int i = 0; i < r.slips().size(); i++) {
          assertThat(r.slips().get(i).indices()).containsExactly(all.get(i).legs());
        }
      }
    }
  }

  @Test
  @DisplayName("min_teams, max_per_game, max_per_team, distinct_players and min_leg_edge hold in every returned slip")
  void constraintsHonoured() {
    SlipOptimizer optimizer = new SlipOptimizer();
    SlipConstraints none = SlipConstraints.none();
    honoured(none.withMinTeams(3), optimizer);
    honoured(none.withMaxPerGame(1), optimizer);
    honoured(none.withMaxPerTeam(1), optimizer);
    honoured(SlipConstraints.defaults(), optimizer);
    honoured(none.withMinLegEdge(-0.02), optimizer);
    // the unconstrained optimum stacks one game, so max_per_game 1 really changes the answer
    SlipSearchResult free = optimizer.optimize(BOARD, query(POWER_3, OptimizeMethod.EXACT, 1, none));
    SlipSearchResult spread = optimizer.optimize(BOARD, query(POWER_3, OptimizeMethod.EXACT, 1, none.withMaxPerGame(1)));
    assertThat(free.slips().get(0).ev()).isGreaterThan(spread.slips().get(0).ev());
  }

  @Test
  @DisplayName("max_exposure 0.5 with top_k 4: no leg in more than 2 slips, and exact's joint choice totals at least best-first selection over all slips")
  void exposureAcrossTopK() {
    SlipConstraints c = SlipConstraints.defaults().withMaxExposure(0.5);
    List<TopSlips.Scored> expected = TopSlips.underExposure(BruteForce.all(BOARD, POWER_3, SlipConstraints.defaults()),
        4, 2, BOARD.size());
    for (OptimizeMethod method : OptimizeMethod.values()) {
      SlipSearchResult r = new SlipOptimizer().optimize(BOARD, query(POWER_3, method, 4, c));
      assertThat(r.slips()).as(method.wire()).hasSize(4);
      int[] uses = new int[BOARD.size()];
      Set<List<String>> distinct = new HashSet<>();
      r.slips().forEach(s -> {
        Arrays.stream(s.indices()).forEach(i -> uses[i]++);
        distinct.add(s.legs());
      });
      assertThat(Arrays.stream(uses).max().orElseThrow()).as(method.wire()).isLessThanOrEqualTo(2);
      assertThat(distinct).hasSize(4);
      if (method == OptimizeMethod.EXACT) {
        double total = r.slips().stream().mapToDouble(OptimizedSlip::ev).sum();
        assertThat(total).isGreaterThanOrEqualTo(ExposurePacking.total(expected) - 1e-9);
        assertThat(r.exposure().greedyTotalEv()).isCloseTo(ExposurePacking.total(expected), offset(1e-9));
        assertThat(r.exposure().optimal()).isTrue();
      }
    }
  }


  private static void infeasible(SlipBoard board, int size, SlipConstraints c, int topK, String constraint) {
    PayoutTable t = table("prizepicks", "power", size);
    for (OptimizeMethod method : OptimizeMethod.values()) {
      assertThatThrownBy(() -> new SlipOptimizer().optimize(board, query(t, method, topK, c)))
          .as("%s %s", method, c)
          .isInstanceOfSatisfying(InfeasibleConstraintException.class,
              e -> assertThat(e.constraint()).isEqualTo(constraint));
    }
  }

  @Test
  @DisplayName("no feasible slip: the exception names the constraint that empties the set")
  void infeasibleNamed() {
    SlipConstraints none = SlipConstraints.none();
    infeasible(BOARD, 3, none.withMinLegEdge(0.3), 1, SlipConstraints.MIN_LEG_EDGE);
    infeasible(BOARD, 3, none.withMinTeams(4), 1, SlipConstraints.MIN_TEAMS);
    infeasible(BOARD, 3, SlipConstraints.defaults().withMaxExposure(0.2), 3, SlipConstraints.MAX_EXPOSURE);
    // one game: 4 legs on 3 players of 2 teams
    SlipBoard oneGame = SyntheticBoards.generate(52, 1, 4, 0);
    infeasible(oneGame, 4, SlipConstraints.defaults(), 1, SlipConstraints.DISTINCT_PLAYERS);
    infeasible(oneGame, 3, none.withMinTeams(3), 1, SlipConstraints.MIN_TEAMS);
    infeasible(oneGame, 3, none.withMaxPerTeam(1), 1, SlipConstraints.MAX_PER_TEAM);
    // two games of 2 legs: 3 legs cannot keep to one a game
    SlipBoard twoGames = SyntheticBoards.generate(53, 2, 2, 0);
    infeasible(twoGames, 3, none.withMaxPerGame(1), 1, SlipConstraints.MAX_PER_GAME);
  }
}
