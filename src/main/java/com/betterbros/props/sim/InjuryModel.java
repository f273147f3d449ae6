package com.betterbros.props.sim;

import com.betterbros.props.context.core.Injury;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Injury spells as an alternating renewal process per player: healthy gaps are geometric with
 * daily hazard {@link #HAZARD}; a spell lasts 3-8 days (55%), 9-21 days (33%) or 22-45 days (12%),
 * mean about 12 days, so about h*L/(1+h*L) = 7% of players are out on a given day. The process
 * starts {@link #WARM_UP} days before the season so that opening day is already in equilibrium.
 * Only spells that started on or before {@code today} are known (and returned).
 */
final class InjuryModel {

  static final double HAZARD = 0.0063;
  static final int WARM_UP = 90;
  private static final List<String> SHORT = List.of("Left ankle sprain", "Right ankle sprain",
      "Illness", "Low back soreness", "Right knee soreness", "Left hip contusion",
      "Concussion protocol", "Left foot soreness");
  private static final List<String> MEDIUM = List.of("Left hamstring strain", "Right calf strain",
      "Left groin strain", "Right wrist sprain", "Left knee bone bruise", "Right shoulder sprain");
  private static final List<String> LONG = List.of("Right foot fracture", "Left knee MCL sprain",
      "Right hand fracture", "Left Achilles tendinopathy");

  private final Map<String, List<Injury>> byPlayer = new HashMap<>();
  private final List<Injury> all = new ArrayList<>();

  private InjuryModel() {}

  /** Draws every player's spells overlapping [start, today], in roster order. */
  static InjuryModel generate(League league, LocalDate start, LocalDate today,
      SplittableRandom rng) {
    InjuryModel model = new InjuryModel();
    for (TeamProfile team : league.teams()) {
      for (PlayerProfile p : team.roster()) {
        LocalDate day = start.minusDays(WARM_UP);
        while (true) {
          double u = rng.nextDouble();
          long gap = (long) Math.floor(StrictMath.log(1 - u) / StrictMath.log(1 - HAZARD));
          day = day.plusDays(gap);
          if (day.isAfter(today)) {
            break;
          }
          int length = spellLength(rng);
          String description = description(rng, length);
          LocalDate end = day.plusDays(length - 1L);
          if (!end.isBefore(start)) {
            model.add(new Injury(p.id(), p.player().name(), team.id(), day, end, "out",
                description));
          }
          day = end.plusDays(2);
        }
      }
    }
    return model;
  }

  private static int spellLength(SplittableRandom rng) {
    double u = rng.nextDouble();
    if (u < 0.55) {
      return 3 + rng.nextInt(6);
    }
    return u < 0.88 ? 9 + rng.nextInt(13) : 22 + rng.nextInt(24);
  }

  private static String description(SplittableRandom rng, int length) {
    List<String> pool = length <= 8 ? SHORT : length <= 21 ? MEDIUM : LONG;
    return pool.get(rng.nextInt(pool.size()));
  }

  private void add(Injury injury) {
    all.add(injury);
    byPlayer.computeIfAbsent(injury.playerId(), k -> new ArrayList<>()).add(injury);
  }

  /** Whether the player misses games on {@code date}. */
  boolean isOut(String playerId, LocalDate date) {
    for (Injury i : byPlayer.getOrDefault(playerId, List.of())) {
      if (i.covers(date)) {
        return true;
      }
    }
    return false;
  }

  /** All known spells, ordered by start date then player id. */
  List<Injury> injuries() {
    List<Injury> sorted = new ArrayList<>(all);
    sorted.sort((a, b) -> a.startDate().equals(b.startDate())
        ? a.playerId().compareTo(b.playerId()) : a.startDate().compareTo(b.startDate()));
    return sorted;
  }
}
