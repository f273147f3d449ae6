package com.betterbros.props.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.betterbros.props.optimize.core.PayoutTables;
import com.betterbros.props.optimize.core.PayoutVersion;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Slip detection: legs clearing each slip type's breakeven, and cross-platform line discrepancies")
class SlipDetectionTest {

  private static final PayoutVersion CURRENT = PayoutTables.bundled().current(LocalDate.of(2026, 1, 1));

  private static SlipDetection.PricedProp prop(String id, String platform, String player, String stat, double line,
      double pOver) {
    return new SlipDetection.PricedProp(id, platform, player, "g1", stat, line, pOver);
  }

  private static final List<SlipDetection.PricedProp> BOARD = List.of(
      prop("prizepicks:1", "prizepicks", "p1", "points", 20.5, 0.62), // over, clears power 2 (0.5774)
      prop("prizepicks:2", "prizepicks", "p2", "points", 10.5, 0.30), // under 0.70
      prop("prizepicks:3", "prizepicks", "p3", "rebounds", 5.5, 0.52), // clears nothing
      prop("underdog:1", "underdog", "p1", "points", 21.5, 0.58),
      prop("underdog:2", "underdog", "p2", "points", 10.5, 0.31),
      prop("underdog:3", "underdog", "p3", "rebounds", 7.5, 0.40));

  private static JsonObject type(JsonObject reply, String platform, String mode, int legs) {
    for (Object o : reply.getJsonArray("slip_types")) {
      JsonObject t = (JsonObject) o;
      if (t.getString("platform").equals(platform) && t.getString("mode").equals(mode) && t.getInteger("legs") == legs) {
        return t;
      }
    }
    throw new AssertionError("no slip type " + platform + " " + mode + " " + legs);
  }

  @Test
  @DisplayName("prizepicks power 2 (breakeven 1/sqrt 3) qualifies the 0.70 under and the 0.62 over, largest edge first")
  void qualifying() {
    JsonObject reply = SlipDetection.detect("m-1", CURRENT, BOARD, 50);
    assertThat(reply.getString("model_version")).isEqualTo("m-1");
    JsonObject power2 = type(reply, "prizepicks", "power", 2);
    assertThat(power2.getDouble("breakeven")).isCloseTo(1 / Math.sqrt(3), within(1e-9));
    JsonArray q = power2.getJsonArray("qualifying");
    assertThat(power2.getInteger("total")).isEqualTo(2);
    assertThat(q.getJsonObject(0).getString("prop_id")).isEqualTo("prizepicks:2");
    assertThat(q.getJsonObject(0).getString("side")).isEqualTo("under");
    assertThat(q.getJsonObject(0).getDouble("p")).isCloseTo(0.70, within(1e-12));
    assertThat(q.getJsonObject(0).getDouble("edge")).isCloseTo(0.70 - 1 / Math.sqrt(3), within(1e-9));
    assertThat(q.getJsonObject(1).getString("prop_id")).isEqualTo("prizepicks:1");
    // every table of the version with a finite breakeven is listed; each platform's legs stay on it
    assertThat(reply.getJsonArray("slip_types")).hasSize(CURRENT.tables().size());
    for (Object o : reply.getJsonArray("slip_types")) {
      JsonObject t = (JsonObject) o;
      for (Object l : t.getJsonArray("qualifying")) {
        JsonObject leg = (JsonObject) l;
        assertThat(leg.getString("prop_id")).startsWith(t.getString("platform") + ":");
        assertThat(leg.getDouble("p")).isGreaterThanOrEqualTo(t.getDouble("breakeven"));
      }
    }
    assertThat(type(SlipDetection.detect("m-1", CURRENT, BOARD, 1), "prizepicks", "power", 2)
        .getJsonArray("qualifying")).hasSize(1);
  }

  @Test
  @DisplayName("discrepancies pair same player, game and stat on both platforms with different lines, largest gap first")
  void discrepancies() {
    JsonObject reply = SlipDetection.detect("m-1", CURRENT, BOARD, 50);
    assertThat(reply.getInteger("total_discrepancies")).isEqualTo(2);
    JsonObject first = reply.getJsonArray("discrepancies").getJsonObject(0);
    assertThat(first.getString("player_id")).isEqualTo("p3");
    assertThat(first.getString("stat_type")).isEqualTo("rebounds");
    assertThat(first.getJsonObject("prizepicks").getDouble("line")).isEqualTo(5.5);
    assertThat(first.getJsonObject("underdog").getDouble("line")).isEqualTo(7.5);
    assertThat(first.getJsonObject("underdog").getDouble("p_over")).isEqualTo(0.40);
    JsonObject second = reply.getJsonArray("discrepancies").getJsonObject(1);
    assertThat(second.getJsonObject("prizepicks").getString("prop_id")).isEqualTo("prizepicks:1");
    assertThat(second.getJsonObject("underdog").getString("prop_id")).isEqualTo("underdog:1");
    assertThat(SlipDetection.detect("m-1", CURRENT, BOARD, 1).getJsonArray("discrepancies")).hasSize(1);
  }
}
