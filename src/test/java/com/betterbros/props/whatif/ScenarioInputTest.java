package com.betterbros.props.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceException;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scenario and sensitivity bodies: defaults, and every bad field named")
class ScenarioInputTest {

  @Test
  @DisplayName("an injury body: out and limited players in order, the default slip is 2 legs of the platform's clean sweep")
  void injuryDefaults() {
    ScenarioInput in = ScenarioInput.injury(new JsonObject().put("players_out", new JsonArray().add("a"))
        .put("limited", new JsonArray().add(new JsonObject().put("player_id", "b").put("minutes", 18)))
        .put("date", "2026-01-18").put("platform", "underdog"));
    assertThat(in.players().keySet()).containsExactly("a", "b");
    assertThat(in.players().get("a").out()).isTrue();
    assertThat(in.players().get("b").minutes()).isEqualTo(18);
    assertThat(in.date()).isEqualTo(LocalDate.of(2026, 1, 18));
    assertThat(in.slipSize()).isEqualTo(2);
    assertThat(in.payout()).isEqualTo(new JsonObject().put("platform", "underdog").put("mode", "standard"));
  }

  @Test
  @DisplayName("a lineup's 0 minutes means out; other minutes are set")
  void lineup() {
    ScenarioInput in = ScenarioInput.lineup(new JsonObject().put("team", "DEN")
        .put("minutes", new JsonObject().put("a", 0).put("b", 34.5)).put("game_id", "g1"));
    assertThat(in.players().get("a").out()).isTrue();
    assertThat(in.players().get("b").minutes()).isEqualTo(34.5);
    assertThat(in.gameIds()).containsExactly("g1");
  }

  @Test
  @DisplayName("bad bodies fail with 400 on the field to blame")
  void badFields() {
    JsonArray one = new JsonArray().add("a");
    rejects(() -> ScenarioInput.injury(new JsonObject()), "players_out");
    rejects(() -> ScenarioInput.injury(new JsonObject().put("players_out", new JsonArray().add(3))), "players_out[0]");
    rejects(() -> ScenarioInput.injury(new JsonObject().put("players_out", one).put("limited", new JsonArray()
        .add(new JsonObject().put("player_id", "a").put("minutes", 10)))), "limited[0].player_id");
    rejects(() -> ScenarioInput.injury(new JsonObject().put("players_out", one).put("date", "2026-01-18")
        .put("game_ids", new JsonArray().add("g"))), "date");
    rejects(() -> ScenarioInput.injury(new JsonObject().put("players_out", one).put("platform", "fanduel")), "platform");
    rejects(() -> ScenarioInput.injury(new JsonObject().put("players_out", one)
        .put("slip", new JsonObject().put("payout", "power"))), "slip.payout");
    rejects(() -> ScenarioInput.lineup(new JsonObject().put("minutes", new JsonObject().put("a", 3))), "team");
    rejects(() -> ScenarioInput.lineup(new JsonObject().put("team", "DEN").put("minutes", new JsonObject()
        .put("a", -3))), "minutes.a");
    rejects(() -> ScenarioInput.lineup(new JsonObject().put("team", "DEN").put("starters",
        new JsonArray().add("a").add("b").add("c").add("d").add("e").add("f"))), "starters");
    rejects(() -> SensitivityCheck.parse(new JsonObject().put("legs", new JsonArray())), "payout");
    rejects(() -> SensitivityCheck.parse(new JsonObject().put("payout", new JsonObject())
        .put("vary", new JsonObject().put("leg", 6))), "vary.leg");
    rejects(() -> SensitivityCheck.parse(new JsonObject().put("payout", new JsonObject())
        .put("vary", new JsonObject().put("from", 1.2))), "vary.from");
  }

  private static void rejects(Runnable parse, String field) {
    assertThatThrownBy(parse::run).isInstanceOfSatisfying(ServiceException.class, e -> {
      assertThat(e.failureCode()).isEqualTo(400);
      assertThat(e.getDebugInfo().getString("field")).isEqualTo(field);
    });
  }
}
