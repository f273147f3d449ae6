package com.betterbros.props.optimize.core;

/**
 * The per-slip constraints (distinct players, max per game, max per team, min teams) checked leg
 * by leg as a search adds and removes legs: counts per player, game and team.
 */
final class ConstraintState {

  private final SlipProblem problem;
  private final SlipConstraints c;
  private final int[] perPlayer;
  private final int[] perGame;
  private final int[] perTeam;
  private int distinctTeams;

  ConstraintState(SlipProblem problem, SlipConstraints c) {
    this.problem = problem;
    this.c = c;
    this.perPlayer = new int[problem.players];
    this.perGame = new int[problem.games];
    this.perTeam = new int[problem.teams];
  }

  /**
   * Whether leg i may join the slip when {@code remainingAfter} legs will still be added: the caps
   * hold, and the teams after it plus one new team per remaining leg can still reach min_teams.
   */
  boolean canAdd(int i, int remainingAfter) {
    if (c.distinctPlayers() && perPlayer[problem.player[i]] > 0) {
      return false;
    }
    if (perGame[problem.game[i]] >= c.maxPerGame() || perTeam[problem.team[i]] >= c.maxPerTeam()) {
      return false;
    }
    int teamsAfter = distinctTeams + (perTeam[problem.team[i]] == 0 ? 1 : 0);
    return teamsAfter + remainingAfter >= c.minTeams();
  }

  void push(int i) {
    perPlayer[problem.player[i]]++;
    perGame[problem.game[i]]++;
    if (perTeam[problem.team[i]]++ == 0) {
      distinctTeams++;
    }
  }

  void pop(int i) {
    perPlayer[problem.player[i]]--;
    perGame[problem.game[i]]--;
    if (--perTeam[problem.team[i]] == 0) {
      distinctTeams--;
    }
  }

  int distinctTeams() {
    return distinctTeams;
  }

  boolean playerUsed(int i) {
    return perPlayer[problem.player[i]] > 0;
  }

  int gameCount(int i) {
    return perGame[problem.game[i]];
  }

  int teamCount(int i) {
    return perTeam[problem.team[i]];
  }

  /** Legs of game g in the slip. */
  int inGame(int g) {
    return perGame[g];
  }

  /** Legs of team t in the slip. */
  int inTeam(int t) {
    return perTeam[t];
  }

  /** How many of the per-slip constraints a whole slip breaks (0 when it is feasible). */
  static int violations(SlipProblem problem, SlipConstraints c, int[] legs) {
    ConstraintState state = new ConstraintState(problem, c);
    int broken = 0;
    for (int leg : legs) {
      if (c.distinctPlayers() && state.playerUsed(leg)) {
        broken++;
      }
      if (state.gameCount(leg) >= c.maxPerGame()) {
        broken++;
      }
      if (state.teamCount(leg) >= c.maxPerTeam()) {
        broken++;
      }
      state.push(leg);
    }
    return broken + Math.max(0, c.minTeams() - state.distinctTeams());
  }
}
