package com.betterbros.props.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.Team;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("SeasonGenerator")
class SeasonGeneratorTest {

  private final Season season = DefaultSeason.SEASON;

  @Test
  @DisplayName("the same seed and days give an equal season, another seed a different one")
  void deterministic() {
    Season again = SeasonGenerator.generate(DefaultSeason.SEED, DefaultSeason.DAYS);
    assertThat(again).isEqualTo(season);
    assertThat(again.stats().hashCode()).isEqualTo(season.stats().hashCode());
    assertThat(again.props().hashCode()).isEqualTo(season.props().hashCode());
    Season other = SeasonGenerator.generate(43, 20);
    assertThat(other.stats().hashCode())
        .isNotEqualTo(SeasonGenerator.generate(42, 20).stats().hashCode());
  }

  @Test
  @DisplayName("the two-argument form starts on the default start date and needs at least one day")
  void defaults() {
    Season shortSeason = SeasonGenerator.generate(5, 3);
    assertThat(shortSeason.startDate()).isEqualTo(SeasonGenerator.DEFAULT_START);
    assertThat(shortSeason.today()).isEqualTo(SeasonGenerator.DEFAULT_START.plusDays(2));
    assertThat(SeasonGenerator.generate(5, 3, SeasonGenerator.DEFAULT_START))
        .isEqualTo(shortSeason);
    Season oneDay = SeasonGenerator.generate(5, 1, LocalDate.of(2026, 1, 5));
    assertThat(oneDay.games()).isNotEmpty().allMatch(g -> g.status().equals("scheduled"));
    assertThat(oneDay.stats()).isEmpty();
    assertThat(oneDay.props()).isNotEmpty().allMatch(p -> p.status().equals("open"));
    assertThatThrownBy(() -> SeasonGenerator.generate(5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("days");
  }

  @Test
  @DisplayName("30 NBA teams, 15 per conference, with 15 uniquely slugged players each")
  void league() {
    assertThat(season.teams()).hasSize(30).allMatch(t -> t.sport().equals("NBA"))
        .allMatch(t -> t.id().matches("[A-Z]{3}"));
    assertThat(season.teams().stream().map(Team::id).distinct()).hasSize(30);
    assertThat(season.teams().stream().filter(t -> t.conference().equals("East"))).hasSize(15);
    assertThat(season.teams().stream().filter(t -> t.conference().equals("West"))).hasSize(15);
    assertThat(season.teams()).allMatch(t -> t.latitude() > 25 && t.latitude() < 46
        && t.longitude() > -123 && t.longitude() < -71);
    assertThat(season.players()).hasSize(450)
        .allMatch(p -> p.id().matches("[a-z0-9]+(-[a-z0-9]+)+"))
        .allMatch(p -> p.id().equals(NameGenerator.slug(p.name())))
        .allMatch(p -> Set.of("G", "F", "C").contains(p.position()));
    assertThat(season.players().stream().map(Player::id).distinct()).hasSize(450);
    assertThat(season.players().stream().collect(Collectors.groupingBy(Player::teamId,
        Collectors.counting())).values()).hasSize(30).allMatch(n -> n == 15);
  }

  @Test
  @DisplayName("the schedule has about 7 games a day, balanced home/away and realistic rest")
  void schedule() {
    List<Game> games = season.games();
    assertThat(games.stream().map(Game::id).distinct()).hasSize(games.size());
    assertThat(games).allMatch(g -> g.id().equals("g-" + g.date().toString().replace("-", "")
        + "-" + g.awayTeam() + "-" + g.homeTeam()));
    double perDay = games.size() / (double) DefaultSeason.DAYS;
    assertThat(perDay).isBetween(6.0, 8.0);
    Map<String, List<Game>> byTeam = new HashMap<>();
    Map<String, Integer> balance = new HashMap<>();
    for (Game g : games) {
      byTeam.computeIfAbsent(g.homeTeam(), k -> new ArrayList<>()).add(g);
      byTeam.computeIfAbsent(g.awayTeam(), k -> new ArrayList<>()).add(g);
      balance.merge(g.homeTeam(), 1, Integer::sum);
      balance.merge(g.awayTeam(), -1, Integer::sum);
      LocalDate next = g.date().plusDays(1);
      assertThat(g.startTime()).isBetween(g.date().atTime(22, 0).toInstant(ZoneOffset.UTC),
          next.atTime(3, 30).toInstant(ZoneOffset.UTC));
    }
    assertThat(balance.values()).allMatch(b -> Math.abs(b) <= 2);
    int backToBacks = 0;
    for (Map.Entry<String, List<Game>> e : byTeam.entrySet()) {
      List<Game> list = e.getValue();
      double perWeek = list.size() / (DefaultSeason.DAYS / 7.0);
      assertThat(perWeek).as(e.getKey()).isBetween(2.8, 4.2);
      for (int i = 1; i < list.size(); i++) {
        long gap = ChronoUnit.DAYS.between(list.get(i - 1).date(), list.get(i).date());
        Game g = list.get(i);
        int rest = g.homeTeam().equals(e.getKey()) ? g.homeRestDays() : g.awayRestDays();
        assertThat(rest).isEqualTo(gap - 1);
        backToBacks += rest == 0 ? 1 : 0;
        if (i > 1) {
          assertThat(ChronoUnit.DAYS.between(list.get(i - 2).date(), g.date())).isGreaterThan(2);
        }
      }
    }
    assertThat(backToBacks / (2.0 * games.size())).isBetween(0.08, 0.25);
  }

  @Test
  @DisplayName("today's games are scheduled without box scores, earlier ones final and consistent")
  void statusesAndBoxScores() {
    Map<String, List<PlayerGameStat>> box = season.stats().stream()
        .collect(Collectors.groupingBy(PlayerGameStat::gameId));
    for (Game g : season.games()) {
      if (g.date().equals(season.today())) {
        assertThat(g.status()).isEqualTo("scheduled");
        assertThat(g.homeScore()).isNull();
        assertThat(g.pace()).isNull();
        assertThat(box).doesNotContainKey(g.id());
        continue;
      }
      assertThat(g.status()).isEqualTo("final");
      assertThat(g.pace()).isBetween(80.0, 120.0);
      List<PlayerGameStat> rows = box.get(g.id());
      int home = (int) rows.stream().filter(PlayerGameStat::home).mapToDouble(PlayerGameStat::points).sum();
      int away = (int) rows.stream().filter(s -> !s.home()).mapToDouble(PlayerGameStat::points).sum();
      assertThat(home).isEqualTo(g.homeScore());
      assertThat(away).isEqualTo(g.awayScore());
      assertThat(home).isNotEqualTo(away);
      double homeMinutes = rows.stream().filter(PlayerGameStat::home)
          .mapToDouble(PlayerGameStat::minutes).sum();
      double overtimes = Math.round((homeMinutes - 240) / 25);
      assertThat(homeMinutes).isCloseTo(240 + 25 * overtimes, Offset.offset(1.5));
      assertThat(rows).allMatch(s -> s.minutes() > 0 && s.minutes() <= 58)
          .allMatch(s -> s.points() >= 0 && s.threes() * 3 <= s.points() && s.rebounds() >= 0)
          .allMatch(s -> s.teamId().equals(s.home() ? g.homeTeam() : g.awayTeam()))
          .allMatch(s -> s.restDays() == (s.home() ? g.homeRestDays() : g.awayRestDays()));
    }
  }

  @Test
  @DisplayName("injured players miss games and 5-10% of players are out on an average day")
  void injuries() {
    Map<String, Set<LocalDate>> played = season.stats().stream().collect(Collectors.groupingBy(
        PlayerGameStat::playerId, Collectors.mapping(PlayerGameStat::date, Collectors.toSet())));
    assertThat(season.injuries()).isNotEmpty()
        .allMatch(i -> i.status().equals("out") && !i.startDate().isAfter(season.today()))
        .allMatch(i -> !i.endDate().isBefore(season.startDate()))
        .allMatch(i -> played.getOrDefault(i.playerId(), Set.of()).stream()
            .noneMatch(i::covers));
    Map<String, LocalDate> gameDate = season.games().stream()
        .collect(Collectors.toMap(Game::id, Game::date));
    assertThat(season.props()).allMatch(p -> season.injuries().stream().noneMatch(i ->
        i.playerId().equals(p.playerId()) && i.covers(gameDate.get(p.gameId()))));
    double outShare = SeasonMarginals.of(season).injuredShare();
    assertThat(outShare).isBetween(0.05, 0.10);
  }
}
