package com.betterbros.props.features.core;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import java.time.LocalDate;
import java.util.List;

/**
 * Minutes and usage of a player as of a date, and how teammates' injuries shift them.
 *
 * <p>Minutes projection. The player's recent minutes already reflect who was missing in recent
 * games, so only changes count: for each teammate j who has played (EWMA minutes m_j &gt; 0),
 * Δ_j = out_today_j − (share of the team's last {@value #RECENT_TEAM_GAMES} games j was injured for).
 * The vacated minutes V = Σ_j Δ_j m_j (negative when players return) are shared among the players
 * available today in proportion to m + {@value #SHARE_OFFSET}, the synthetic league's own
 * redistribution rule (docs/SYNTHETIC.md, "Minutes", step 1):
 * {@code minutes_proj = clamp(m_p + V (m_p + 6) / Σ_available (m + 6), 0, 48)}.
 *
 * <p>Usage share of a player: Σ stat over his last {@value #USAGE_GAMES} games / Σ of his team's
 * stat in those same games (0 without games). {@code teammates_out_usage} sums the usage shares
 * of the teammates out today; {@code usage_vacated} is Σ_j Δ_j usage_j (new absences minus returns).
 */
public final class PlayerUsage {

  public static final int USAGE_GAMES = 10;
  public static final int RECENT_TEAM_GAMES = 5;
  public static final double SHARE_OFFSET = 6;
  public static final double MAX_MINUTES = 48;

  /** What {@link #project} finds: the player's minutes and the teammates' absences. */
  public record Projection(double minutesEwma, double minutesProj, double teammatesOut, double outUsage,
      double usageVacated) {}

  private PlayerUsage() {}

  /**
   * EWMA of the player's minutes before {@code before} (half-life {@link FeatureSet#EWMA_HALF_LIFE})
   * over the games whose minutes are known; 0 without games.
   */
  public static double minutesEwma(HistoryIndex index, String playerId, LocalDate before) {
    List<PlayerGameStat> rows = index.playerStatsBefore(playerId, before);
    double[] m = new double[rows.size()];
    int n = 0;
    for (PlayerGameStat r : rows) {
      if (!Double.isNaN(r.minutes())) {
        m[n++] = r.minutes();
      }
    }
    return Rolling.ewma(java.util.Arrays.copyOf(m, n), FeatureSet.EWMA_HALF_LIFE);
  }

  /**
   * The player's share of his team's {@code statType} over his last {@value #USAGE_GAMES} games
   * before the date that name their game and team (0 when the team scored none); NaN when none of
   * those games does (a history without teams).
   */
  public static double usageShare(HistoryIndex index, String playerId, String statType, LocalDate before) {
    List<PlayerGameStat> rows = index.playerStatsBefore(playerId, before);
    double own = 0;
    double team = 0;
    int games = 0;
    for (PlayerGameStat r : rows.subList(Math.max(0, rows.size() - USAGE_GAMES), rows.size())) {
      double v = r.value(statType);
      List<PlayerGameStat> mates = index.teamRowsBefore(r.gameId(), r.teamId(), before);
      if (Double.isNaN(v) || mates.isEmpty()) {
        continue;
      }
      games++;
      own += v;
      for (PlayerGameStat mate : mates) {
        double w = mate.value(statType);
        team += Double.isNaN(w) ? 0 : w;
      }
    }
    if (games == 0) {
      return rows.isEmpty() ? 0 : Double.NaN;
    }
    return team > 0 ? own / team : 0;
  }

  /**
   * Minutes projection and teammates' absences for the request's player, team and date. Without
   * a team, or for a team with no final game in the history (nothing to say who was out before),
   * the projection is the player's own minutes EWMA and the teammate features are NaN (missing).
   */
  public static Projection project(HistoryIndex index, FeatureRequest req) {
    LocalDate date = req.date();
    List<Game> teamGames = index.teamGamesBefore(req.teamId(), date);
    if (teamGames.isEmpty()) {
      double own = minutesEwma(index, req.playerId(), date);
      return new Projection(own, own, Double.NaN, Double.NaN, Double.NaN);
    }
    List<Game> recent = teamGames.subList(Math.max(0, teamGames.size() - RECENT_TEAM_GAMES), teamGames.size());
    double own = minutesEwma(index, req.playerId(), date);
    double weights = own + SHARE_OFFSET;
    double vacated = 0;
    int out = 0;
    double outUsage = 0;
    double usageVacated = 0;
    for (Player mate : index.roster(req.teamId())) {
      if (mate.id().equals(req.playerId())) {
        continue;
      }
      double m = minutesEwma(index, mate.id(), date);
      if (m <= 0) {
        continue; // never played before the date: no minutes to give or take back
      }
      boolean outToday = index.isOut(mate.id(), date);
      int missed = 0;
      for (Game g : recent) {
        missed += index.isOut(mate.id(), g.date()) ? 1 : 0;
      }
      double delta = (outToday ? 1 : 0) - (recent.isEmpty() ? 0 : (double) missed / recent.size());
      double usage = outToday || delta != 0 ? usageShare(index, mate.id(), req.statType(), date) : 0;
      usage = Double.isNaN(usage) ? 0 : usage;
      if (outToday) {
        out++;
        outUsage += usage;
      } else {
        weights += m + SHARE_OFFSET;
      }
      vacated += delta * m;       // V = Σ Δ_j m_j
      usageVacated += delta * usage;
    }
    double projected = own + vacated * (own + SHARE_OFFSET) / weights;
    return new Projection(own, Math.max(0, Math.min(MAX_MINUTES, projected)), out, outUsage, usageVacated);
  }
}
