package com.betterbros.props.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@code loadtest} bench command, run tiny: every target answered, nothing failed, the report has its shape. */
class LoadTestIT {

  @Test
  @DisplayName("a 2-second loadtest at 4 connections drives all three targets on node and bare server with 0 errors")
  void tinyRunReportsEveryTargetWithoutErrors() {
    LoadTestCommand.Report report = LoadTestCommand.run(2, 1, 4, 1_000_000, 20, List.of("props", "predict", "health"));

    assertThat(report.rows()).extracting(LoadTestCommand.Row::target)
        .containsExactly("GET /props?limit=50", "POST /model/predict (100)", "GET /health");
    for (LoadTestCommand.Row row : report.rows()) {
      for (LoadDriver.Result r : List.of(row.node(), row.bare())) {
        assertThat(r.errors()).as("%s errors (first: %s)", row.target(), r.firstError()).isZero();
        assertThat(r.requests()).as(row.target()).isGreaterThan(4);
        assertThat(r.seconds()).as(row.target()).isBetween(1.9, 10.0);
        assertThat(r.percentileMs(0.50)).isPositive().isLessThanOrEqualTo(r.percentileMs(0.99));
      }
      assertThat(row.ratio()).isPositive();
    }
    String text = report.format();
    assertThat(text).startsWith("loadtest: 4 connections, 2 s per run after 1 s warm-up")
        .contains("node/bare").contains("GET /props?limit=50        node").contains("GET /health                bare");
    assertThat(text.lines()).hasSize(2 + 2 * 3);
  }
}
