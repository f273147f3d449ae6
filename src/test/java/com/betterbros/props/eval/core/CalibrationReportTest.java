package com.betterbros.props.eval.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Calibration by segment: every attribute's values, small segments flagged, top players")
class CalibrationReportTest {

  private static List<ScoredLeg> legs() {
    SplittableRandom random = new SplittableRandom(5);
    List<ScoredLeg> legs = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      double p = 0.2 + 0.6 * random.nextDouble();
      String player = i < 120 ? "a" : i < 180 ? "b" : "c" + i;
      legs.add(new ScoredLeg("prizepicks:" + i, i % 4 == 0 ? "underdog" : "prizepicks", player,
          i % 2 == 0 ? "points" : "rebounds", LocalDate.of(2025, 11 + i % 2, 1 + i % 28), 2 + i % 35, p,
          random.nextDouble() < p ? 1 : 0, i % 3 == 0 ? null : i % 3 == 1, i % 5 == 0 ? null : i % 5 - 1));
    }
    return legs;
  }

  @Test
  @DisplayName("each segment partitions the forecasts; a segment under 30 is flagged small")
  void segmentsPartition() {
    List<ScoredLeg> legs = legs();
    CalibrationReport report = CalibrationReport.of(legs, Binning.EQUAL_WIDTH, 10,
        List.of(Segment.STAT_TYPE, Segment.HOME_AWAY, Segment.REST_DAYS, Segment.LINE_BUCKET, Segment.EDGE_BUCKET,
            Segment.MONTH, Segment.SIDE, Segment.PLATFORM), 10, leg -> 0.5774);
    assertThat(report.overall().n()).isEqualTo(200);
    for (Segment s : List.of(Segment.STAT_TYPE, Segment.HOME_AWAY, Segment.REST_DAYS, Segment.LINE_BUCKET,
        Segment.EDGE_BUCKET, Segment.MONTH, Segment.SIDE, Segment.PLATFORM)) {
      int total = report.segments().stream().filter(t -> t.segment() == s).mapToInt(t -> t.table().n()).sum();
      assertThat(total).as("segment %s covers every forecast once", s).isEqualTo(200);
    }
    assertThat(report.segments()).filteredOn(t -> t.segment() == Segment.HOME_AWAY)
        .extracting(CalibrationReport.SegmentTable::value).containsExactly("away", "home", "unknown");
    assertThat(report.segments()).filteredOn(t -> t.segment() == Segment.REST_DAYS)
        .extracting(CalibrationReport.SegmentTable::value).containsExactly("0", "1", "2", "3+", "unknown");
    assertThat(report.segments()).allMatch(t -> t.small() == (t.table().n() < CalibrationReport.SMALL));
    assertThat(report.segments()).anyMatch(CalibrationReport.SegmentTable::small);
  }

  @Test
  @DisplayName("segments by player keep the top n by count, most forecasts first")
  void topPlayers() {
    CalibrationReport report = CalibrationReport.of(legs(), Binning.EQUAL_MASS, 5, List.of(Segment.PLAYER), 2,
        leg -> 0.5774);
    assertThat(report.segments()).extracting(CalibrationReport.SegmentTable::value).containsExactly("a", "b");
    assertThat(report.segments()).extracting(t -> t.table().n()).containsExactly(120, 60);
  }

  @Test
  @DisplayName("the favoured side and its edge bucket: p_over 0.35 favours the under at 0.65, edge 0.0726")
  void sideAndEdge() {
    ScoredLeg leg = new ScoredLeg("x", "prizepicks", "p", "points", LocalDate.of(2025, 11, 3), 22.5, 0.35, 0, true, 1);
    assertThat(Segment.SIDE.valueOf(leg, 0.5774)).isEqualTo("under");
    assertThat(Segment.EDGE_BUCKET.valueOf(leg, 0.5774)).isEqualTo("0.05-0.10");
    assertThat(Segment.LINE_BUCKET.valueOf(leg, 0.5774)).isEqualTo("20-30");
    assertThat(Segment.MONTH.valueOf(leg, 0.5774)).isEqualTo("2025-11");
    assertThat(Segment.parse("edge_bucket")).isEqualTo(Segment.EDGE_BUCKET);
    assertThat(Segment.parse("team")).isNull();
  }
}
