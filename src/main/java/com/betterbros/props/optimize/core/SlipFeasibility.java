package com.betterbros.props.optimize.core;

/**
 * Whether any slip satisfies the constraints, and which constraint empties the set when none does.
 * The witness search is a depth-first search over legs in board order that prunes a node when the
 * legs after it cannot supply the legs still needed: fewer allowed legs, unused players (distinct
 * players), room under the per-game or per-team caps, or new teams than min_teams still needs.
 */
final class SlipFeasibility {

  /** Past this many nodes the witness search gives up and reports "feasible" (never wrongly infeasible). */
  static final long NODE_BUDGET = 2_000_000;

  private final SlipProblem problem;
  private final SlipConstraints c;
  private final boolean[] allowed;
  private final ConstraintState state;
  private final int[] chosen;
  private long nodes;

  private SlipFeasibility(SlipProblem problem, SlipConstraints c, boolean[] allowed) {
    this.problem = problem;
    this.c = c;
    this.allowed = allowed;
    this.state = problem.state(c);
    this.chosen = new int[problem.size];
  }

  /**
   * Throws {@link InfeasibleConstraintException} when no slip of the allowed legs satisfies the
   * problem's constraints, naming the first constraint that empties the set when they are added
   * in the order min_leg_edge, distinct_players, max_per_game, max_per_team, min_teams.
   */
  static void check(SlipProblem problem, boolean[] allowed) {
    SlipConstraints all = problem.constraints;
    int n = problem.size;
    if (problem.eligibleCount() < n) {
      throw new InfeasibleConstraintException(SlipConstraints.MIN_LEG_EDGE, "only " + problem.eligibleCount()
          + " legs have p - breakeven (" + round(problem.breakeven) + ") >= min_leg_edge " + all.minLegEdge()
          + "; a slip needs " + n);
    }
    if (all.minTeams() > n) {
      throw new InfeasibleConstraintException(SlipConstraints.MIN_TEAMS, "min_teams " + all.minTeams()
          + " exceeds the slip size " + n);
    }
    SlipConstraints step = SlipConstraints.none();
    String[] order = {SlipConstraints.DISTINCT_PLAYERS, SlipConstraints.MAX_PER_GAME, SlipConstraints.MAX_PER_TEAM,
        SlipConstraints.MIN_TEAMS};
    for (String name : order) {
      step = switch (name) {
        case SlipConstraints.DISTINCT_PLAYERS -> step.withDistinctPlayers(all.distinctPlayers());
        case SlipConstraints.MAX_PER_GAME -> step.withMaxPerGame(all.maxPerGame());
        case SlipConstraints.MAX_PER_TEAM -> step.withMaxPerTeam(all.maxPerTeam());
        default -> step.withMinTeams(all.minTeams());
      };
      if (witness(problem, step, allowed) == null) {
        throw new InfeasibleConstraintException(name, "no slip of " + n + " legs satisfies " + name
            + " together with the constraints before it (" + describe(step) + ")");
      }
    }
  }

  /** Some slip (ascending legs) of allowed legs satisfying {@code c}, or null when none exists. */
  static int[] witness(SlipProblem problem, SlipConstraints c, boolean[] allowed) {
    SlipFeasibility search = new SlipFeasibility(problem, c, allowed);
    return search.dfs(0, 0) ? search.chosen.clone() : null;
  }

  /**
   * Whether the legs {@code prefix} (feasible together) can be completed to a whole slip with the
   * other allowed legs under the problem's constraints.
   */
  static boolean completable(SlipProblem problem, boolean[] allowed, int[] prefix) {
    boolean[] rest = allowed.clone();
    SlipFeasibility search = new SlipFeasibility(problem, problem.constraints, rest);
    for (int k = 0; k < prefix.length; k++) {
      rest[prefix[k]] = false;
      search.chosen[k] = prefix[k];
      search.state.push(prefix[k]);
    }
    return search.dfs(0, prefix.length);
  }

  private boolean dfs(int start, int depth) {
    if (depth == problem.size) {
      return true;
    }
    if (++nodes > NODE_BUDGET) {
      return true;
    }
    int remaining = problem.size - depth;
    if (capacity(start) < remaining) {
      return false;
    }
    for (int i = start; i < allowed.length; i++) {
      if (allowed[i] && state.canAdd(i, remaining - 1)) {
        chosen[depth] = i;
        state.push(i);
        boolean found = dfs(i + 1, depth + 1);
        state.pop(i);
        if (found) {
          return true;
        }
      }
    }
    return false;
  }

  // An upper bound on how many more legs the legs from start on can add (-1: min_teams is out of reach).
  private int capacity(int start) {
    int[] perGame = new int[problem.games];
    int[] perTeam = new int[problem.teams];
    boolean[] player = new boolean[problem.players];
    boolean[] newTeam = new boolean[problem.teams];
    int legs = 0;
    int players = 0;
    int newTeams = 0;
    for (int i = start; i < allowed.length; i++) {
      if (!allowed[i] || (c.distinctPlayers() && state.playerUsed(i))) {
        continue;
      }
      legs++;
      perGame[problem.game[i]]++;
      perTeam[problem.team[i]]++;
      if (!player[problem.player[i]]) {
        player[problem.player[i]] = true;
        players++;
      }
      if (state.teamCount(i) == 0 && !newTeam[problem.team[i]]) {
        newTeam[problem.team[i]] = true;
        newTeams++;
      }
    }
    int cap = c.distinctPlayers() ? Math.min(legs, players) : legs;
    cap = Math.min(cap, roomUnder(perGame, c.maxPerGame(), true));
    cap = Math.min(cap, roomUnder(perTeam, c.maxPerTeam(), false));
    int needTeams = c.minTeams() - state.distinctTeams();
    // each new team needs a leg: if fewer new teams exist than needed, nothing completes
    return needTeams > newTeams ? -1 : cap;
  }

  // sum over groups of min(legs available, cap - legs used): the most legs the cap still admits
  private int roomUnder(int[] available, int cap, boolean games) {
    long room = 0;
    for (int g = 0; g < available.length; g++) {
      int used = games ? state.inGame(g) : state.inTeam(g);
      room += Math.min(available[g], Math.max(0, (long) cap - used));
    }
    return (int) Math.min(Integer.MAX_VALUE, room);
  }

  private static String describe(SlipConstraints c) {
    return "distinct_players=" + c.distinctPlayers()
        + (c.maxPerGame() == Integer.MAX_VALUE ? "" : ", max_per_game=" + c.maxPerGame())
        + (c.maxPerTeam() == Integer.MAX_VALUE ? "" : ", max_per_team=" + c.maxPerTeam())
        + (c.minTeams() == 1 ? "" : ", min_teams=" + c.minTeams());
  }

  private static String round(double x) {
    return Double.isNaN(x) ? "none" : String.format("%.4f", x);
  }
}
