package com.betterbros.props.sim;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a day-by-day schedule. Each day has a target number of games (weekday base 5-9, mean 7,
 * plus -1/0/+1); teams are chosen by priority = min(days since last game, 4) + U(0, 2.6), so a team
 * plays about every other day and sometimes on consecutive days (never three days running); pairs
 * avoid repeating a team's last opponent, and the team with fewer home games hosts.
 */
final class ScheduleBuilder {

  /** First game of a team: its rest days are reported as this value. */
  static final int OPENER_REST = 3;
  private static final int[] DAY_BASE = {7, 6, 9, 5, 8, 7, 7}; // Monday..Sunday, mean 7
  private static final double JITTER = 2.6;

  private ScheduleBuilder() {}

  /** Games of the {@code days} days from {@code start}, in date order. */
  static List<ScheduledGame> build(List<TeamProfile> teams, LocalDate start, int days,
      SplittableRandom rng) {
    int n = teams.size();
    LocalDate[] last = new LocalDate[n];
    LocalDate[] beforeLast = new LocalDate[n];
    int[] lastOpponent = new int[n];
    int[] homeMinusAway = new int[n];
    Arrays.fill(lastOpponent, -1);
    List<ScheduledGame> games = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      LocalDate date = start.plusDays(d);
      int target = DAY_BASE[date.getDayOfWeek().getValue() - 1] + rng.nextInt(3) - 1;
      List<double[]> candidates = new ArrayList<>();
      for (int t = 0; t < n; t++) {
        long gap = last[t] == null ? 4 : ChronoUnit.DAYS.between(last[t], date);
        boolean thirdInARow = gap == 1 && beforeLast[t] != null
            && ChronoUnit.DAYS.between(beforeLast[t], date) == 2;
        if (!thirdInARow) {
          candidates.add(new double[] {t, Math.min(gap, 4) + JITTER * rng.nextDouble()});
        }
      }
      candidates.sort(Comparator.comparingDouble((double[] c) -> -c[1]));
      int teamsToday = Math.min(2 * target, candidates.size() / 2 * 2);
      List<Integer> chosen = new ArrayList<>();
      for (int i = 0; i < teamsToday; i++) {
        chosen.add((int) candidates.get(i)[0]);
      }
      while (chosen.size() >= 2) {
        int a = chosen.remove(0);
        int pick = 0;
        for (int i = 0; i < chosen.size(); i++) {
          if (chosen.get(i) != lastOpponent[a]) {
            pick = i;
            break;
          }
        }
        int b = chosen.remove(pick);
        boolean aHosts = homeMinusAway[a] < homeMinusAway[b]
            || (homeMinusAway[a] == homeMinusAway[b] && rng.nextBoolean());
        int home = aHosts ? a : b;
        int away = aHosts ? b : a;
        games.add(new ScheduledGame(date, tipOff(date, teams.get(home).zone(), rng),
            teams.get(home).id(), teams.get(away).id(), rest(last[home], date),
            rest(last[away], date)));
        homeMinusAway[home]++;
        homeMinusAway[away]--;
        for (int t : new int[] {home, away}) {
          beforeLast[t] = last[t];
          last[t] = date;
        }
        lastOpponent[home] = away;
        lastOpponent[away] = home;
      }
    }
    return games;
  }

  private static int rest(LocalDate previous, LocalDate date) {
    return previous == null ? OPENER_REST : (int) ChronoUnit.DAYS.between(previous, date) - 1;
  }

  /** Local tip-off 19:00 (50%), 19:30 (35%) or 20:00 (15%; Pacific arenas 19:30 instead). */
  private static Instant tipOff(LocalDate date, ZoneId zone, SplittableRandom rng) {
    double u = rng.nextDouble();
    boolean pacific = zone.getId().equals("America/Los_Angeles");
    LocalTime time = u < 0.5 ? LocalTime.of(19, 0)
        : (u < 0.85 || pacific) ? LocalTime.of(19, 30) : LocalTime.of(20, 0);
    return date.atTime(time).atZone(zone).toInstant();
  }
}
