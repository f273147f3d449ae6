package com.betterbros.props.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Synthetic prop boards")
class SeasonPropsTest {

  private final Season season = DefaultSeason.SEASON;
  private final Map<String, Game> games = season.games().stream()
      .collect(Collectors.toMap(Game::id, Function.identity()));

  @Test
  @DisplayName("every game day has both platforms' boards with well-formed ids and fields")
  void wellFormed() {
    assertThat(season.props().stream().map(Prop::id).distinct()).hasSize(season.props().size());
    assertThat(season.props()).allSatisfy(p -> {
      Game g = games.get(p.gameId());
      assertThat(p.id()).isEqualTo(Prop.idOf(p.platform(), p.externalId()));
      assertThat(p.externalId()).isEqualTo("syn-" + p.gameId() + "-" + p.playerId() + "-"
          + p.statType());
      assertThat(p.platform()).isIn("prizepicks", "underdog");
      assertThat(p.sport()).isEqualTo("NBA");
      assertThat(p.statType()).isIn("points", "rebounds", "assists", "pts_rebs_asts", "threes");
      assertThat(Set.of(g.homeTeam(), g.awayTeam())).containsExactlyInAnyOrder(p.team(),
          p.opponent());
      assertThat(p.startTime()).isEqualTo(g.startTime());
      assertThat(p.status()).isEqualTo(g.date().equals(season.today()) ? "open" : "closed");
      assertThat(p.updatedAt()).isEqualTo(g.date().atTime(15, 0).toInstant(ZoneOffset.UTC));
      assertThat(p.line() - Math.floor(p.line())).isEqualTo(0.5);
      assertThat(p.trueProbOver()).isStrictlyBetween(0.0, 1.0);
    });
    Set<LocalDate> gameDays = season.games().stream().map(Game::date).collect(Collectors.toSet());
    Set<LocalDate> propDays = season.props().stream().map(p -> games.get(p.gameId()).date())
        .collect(Collectors.toSet());
    assertThat(propDays).isEqualTo(gameDays);
    assertThat(season.props().stream().filter(p -> p.platform().equals("prizepicks")).count())
        .isEqualTo(season.props().stream().filter(p -> p.platform().equals("underdog")).count());
  }

  @Test
  @DisplayName("props go to players who then play 20+ minutes on average, about 8 per team")
  void eligiblePlayers() {
    Map<String, PlayerGameStat> box = new HashMap<>();
    season.stats().forEach(s -> box.put(s.playerId() + "|" + s.gameId(), s));
    List<Prop> past = season.props().stream().filter(p -> p.status().equals("closed")).toList();
    assertThat(past).allMatch(p -> box.containsKey(p.playerId() + "|" + p.gameId()));
    double meanMinutes = past.stream()
        .mapToDouble(p -> box.get(p.playerId() + "|" + p.gameId()).minutes()).average()
        .orElseThrow();
    assertThat(meanMinutes).isBetween(24.0, 34.0);
    double playersPerTeamGame = season.props().stream()
        .map(p -> p.gameId() + p.team() + p.playerId()).distinct().count()
        / (2.0 * season.games().size());
    assertThat(playersPerTeamGame).isBetween(6.0, 10.0);
  }

  @Test
  @DisplayName("the platforms' lines differ sometimes, by a whole point")
  void platformsDisagree() {
    Map<String, Double> prize = season.props().stream()
        .filter(p -> p.platform().equals("prizepicks"))
        .collect(Collectors.toMap(Prop::externalId, Prop::line));
    List<Double> gaps = season.props().stream().filter(p -> p.platform().equals("underdog"))
        .map(p -> Math.abs(p.line() - prize.get(p.externalId()))).toList();
    double share = gaps.stream().filter(g -> g > 0).count() / (double) gaps.size();
    assertThat(share).isBetween(0.08, 0.22);
    assertThat(gaps).allMatch(g -> g == 0.0 || g == 1.0);
  }

  @Test
  @DisplayName("line history has one point per prop, and about 10% of today's props moved earlier")
  void lineHistory() {
    List<LinePoint> history = season.lineHistory();
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).observedAt()).isAfterOrEqualTo(history.get(i - 1).observedAt());
    }
    Map<String, List<LinePoint>> byProp = history.stream()
        .collect(Collectors.groupingBy(LinePoint::propId));
    assertThat(byProp.keySet()).hasSize(season.props().size());
    int moved = 0;
    int open = 0;
    for (Prop p : season.props()) {
      List<LinePoint> points = byProp.get(p.id());
      LinePoint last = points.get(points.size() - 1);
      assertThat(last.line()).isEqualTo(p.line());
      assertThat(last.observedAt()).isEqualTo(p.updatedAt());
      if (p.status().equals("closed")) {
        assertThat(points).hasSize(1);
      } else {
        open++;
        if (points.size() == 2) {
          moved++;
          assertThat(points.get(0).observedAt()).isBefore(p.updatedAt());
          assertThat(Math.abs(points.get(0).line() - p.line())).isEqualTo(1.0);
        }
      }
    }
    assertThat(moved / (double) open).isBetween(0.04, 0.18);
  }
}
