package com.betterbros.props.history.core;

import static com.betterbros.props.history.core.BoxStat.AST;
import static com.betterbros.props.history.core.BoxStat.BLK;
import static com.betterbros.props.history.core.BoxStat.DREB;
import static com.betterbros.props.history.core.BoxStat.FG3A;
import static com.betterbros.props.history.core.BoxStat.FG3M;
import static com.betterbros.props.history.core.BoxStat.FGA;
import static com.betterbros.props.history.core.BoxStat.FTM;
import static com.betterbros.props.history.core.BoxStat.MIN;
import static com.betterbros.props.history.core.BoxStat.OREB;
import static com.betterbros.props.history.core.BoxStat.PTS;
import static com.betterbros.props.history.core.BoxStat.REB;
import static com.betterbros.props.history.core.BoxStat.STL;
import static com.betterbros.props.history.core.BoxStat.TOV;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How each normalised NBA stat type is graded from a box score: a weighted sum of columns, unknown
 * (NaN) when any column it needs is unknown. Fantasy score uses PrizePicks' NBA weights (points 1,
 * rebounds 1.2, assists 1.5, steals 3, blocks 3, turnovers -1).
 */
public final class StatFormulas {

  private record Term(BoxStat stat, double weight) {}

  private static final Map<String, List<Term>> FORMULAS = new LinkedHashMap<>();

  static {
    one("points", PTS);
    one("rebounds", REB);
    one("assists", AST);
    one("threes", FG3M);
    one("steals", STL);
    one("blocks", BLK);
    one("turnovers", TOV);
    sum("pts_rebs_asts", PTS, REB, AST);
    sum("pts_rebs", PTS, REB);
    sum("pts_asts", PTS, AST);
    sum("rebs_asts", REB, AST);
    sum("blks_stls", BLK, STL);
    one("threes_attempted", FG3A);
    one("fg_attempted", FGA);
    one("free_throws_made", FTM);
    one("offensive_rebounds", OREB);
    one("defensive_rebounds", DREB);
    FORMULAS.put("fantasy_score", List.of(new Term(PTS, 1), new Term(REB, 1.2), new Term(AST, 1.5),
        new Term(STL, 3), new Term(BLK, 3), new Term(TOV, -1)));
    one("minutes", MIN);
  }

  /** Every stat type a box score can grade, in catalogue order. */
  public static final List<String> STAT_TYPES = List.copyOf(FORMULAS.keySet());

  private StatFormulas() {}

  /** The stat's value in the box, NaN when the stat type is unknown or any column it needs is. */
  public static double value(BoxScore box, String statType) {
    List<Term> terms = FORMULAS.get(statType);
    if (terms == null) {
      return Double.NaN;
    }
    double sum = 0;
    for (Term t : terms) {
      sum += t.weight() * box.get(t.stat());   // NaN propagates
    }
    return sum;
  }

  private static void one(String type, BoxStat stat) {
    FORMULAS.put(type, List.of(new Term(stat, 1)));
  }

  private static void sum(String type, BoxStat... stats) {
    FORMULAS.put(type, java.util.Arrays.stream(stats).map(s -> new Term(s, 1)).toList());
  }
}
