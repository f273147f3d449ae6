package com.betterbros.props.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Key marginals of the default season (seed 42, 90 days) against 2023-24 NBA ranges. */
@DisplayName("Season marginals")
class SeasonMarginalsTest {

  private final SeasonMarginals m = SeasonMarginals.of(DefaultSeason.SEASON);

  @Test
  @DisplayName("team scoring, pace and counting stats are near 2023-24 league averages")
  void teamStats() {
    assertThat(m.teamPoints()).isBetween(108.0, 122.0);
    assertThat(m.teamPointsSd()).isBetween(10.0, 15.0);
    assertThat(m.pace()).isBetween(96.0, 101.0);
    assertThat(m.threes()).isBetween(11.0, 14.5);
    assertThat(m.rebounds()).isBetween(40.0, 47.0);
    assertThat(m.assists()).isBetween(24.0, 29.5);
    assertThat(m.steals()).isBetween(6.0, 9.0);
    assertThat(m.blocks()).isBetween(4.0, 6.5);
    assertThat(m.turnovers()).isBetween(11.5, 15.5);
  }

  @Test
  @DisplayName("home teams win a bit more than half their games, by about two points")
  void homeEdge() {
    assertThat(m.homeWinRate()).isBetween(0.5, 0.65);
    assertThat(m.homeMargin()).isBetween(0.0, 5.0);
    assertThat(m.marginSd()).isBetween(12.0, 19.0);
    assertThat(m.scoreCorrelation()).isBetween(0.1, 0.5);
  }

  @Test
  @DisplayName("player scoring has stars at 25-34 and a median rotation player near 10")
  void playerScoring() {
    assertThat(m.topScorerPpg()).isBetween(27.0, 38.0);
    assertThat(m.playersOver25Ppg()).isBetween(5, 30);
    assertThat(m.medianRotationPpg()).isBetween(8.0, 13.0);
    assertThat(m.topRebounderRpg()).isBetween(10.0, 17.0);
    assertThat(m.topPasserApg()).isBetween(7.0, 13.0);
  }

  @Test
  @DisplayName("10-25% of 10+ minute games have no assist; back-to-backs cut minutes")
  void assistsAndFatigue() {
    assertThat(m.zeroAssistShare()).isBetween(0.05, 0.25);
    assertThat(m.b2bMinutes()).isLessThan(m.restedMinutes() - 0.3);
    assertThat(m.injuredShare()).isBetween(0.05, 0.10);
    assertThat(m.backToBackShare()).isBetween(0.08, 0.25);
  }

  @Test
  @DisplayName("in-game correlations: assists track teammates' points, rebounds compete")
  void withinGame() {
    WithinGameCorrelations c = WithinGameCorrelations.of(DefaultSeason.SEASON);
    assertThat(c.assistsVsTeammatePoints()).isGreaterThan(0.08);
    assertThat(c.reboundsVsTeammateRebounds()).isLessThan(-0.05);
    assertThat(c.pointsVsTeammatePoints()).isLessThan(0.0);
    assertThat(c.pointsVsOpponentPoints()).isGreaterThan(0.02);
  }
}
