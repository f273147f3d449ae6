package com.betterbros.props.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.history.core.PlayerGameStat;
import com.betterbros.props.history.core.StatFormulas;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * GET /props on an embedded node with the 20-day synthetic season (seed 42), whose clock stands at
 * the season's day, 15:00Z: today's props are open, every earlier one is settled from its box
 * score by the pass run at start (the outcomes recomputed here from the stored box scores), the
 * default order puts the open props first, and a bad sort or status is a 400 naming it.
 */
@DisplayName("Props lifecycle over HTTP: open today, settled before, listed upcoming first")
class PropsLifecycleIT {

  private static Node node;
  private static ApiClient api;
  private static Instant now;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of());
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    now = node.clock().instant();
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  private static List<JsonObject> items(String uri) {
    List<JsonObject> out = new ArrayList<>();
    api.ok(uri).getJsonArray("items").forEach(o -> out.add((JsonObject) o));
    return out;
  }

  @Test
  @DisplayName("the node's now is the season's last day at 15:00Z; open, closed and settled partition every prop")
  void statuses() {
    assertThat(now.atZone(ZoneOffset.UTC).toLocalTime().toString()).isEqualTo("15:00");
    long total = api.ok("/props?limit=1").getLong("total");
    long open = api.ok("/props?status=open&limit=1").getLong("total");
    long closed = api.ok("/props?status=CLOSED&limit=1").getLong("total");
    long settled = api.ok("/props?status=settled&limit=1").getLong("total");
    assertThat(open).isPositive();
    assertThat(settled).isGreaterThan(open);
    assertThat(open + closed + settled).isEqualTo(total);
    for (JsonObject p : items("/props?status=open&limit=500")) {
      assertThat(Instant.parse(p.getString("start_time"))).isAfter(now);
      assertThat(p.getString("status")).isEqualTo("open");
      assertThat(p.getValue("outcome")).isNull();
    }
  }

  @Test
  @DisplayName("every settled prop of a page carries the box score's stat and the result it gives against the line")
  void outcomesMatchTheBoxScores() {
    List<JsonObject> settled = items("/props?status=settled&sort=-start_time&limit=500");
    assertThat(settled).hasSize(500);
    LocalDate to = LocalDate.ofInstant(now, ZoneOffset.UTC);
    List<PlayerGameStat> stats = Await.result(node.stores().history().stats(to.minusDays(30), to));
    for (JsonObject p : settled) {
      JsonObject outcome = p.getJsonObject("outcome");
      assertThat(p.getString("status")).isEqualTo("settled");
      assertThat(Instant.parse(p.getString("start_time"))).isBefore(now);
      PlayerGameStat box = stats.stream()
          .filter(s -> s.playerId().equals(p.getString("player_id")) && p.getString("game_id").equals(s.gameId()))
          .findFirst().orElse(null);
      if (box == null) {
        assertThat(outcome.getString("result")).as(p.encode()).isEqualTo("void");
        assertThat(outcome.getValue("actual")).isNull();
        continue;
      }
      double actual = StatFormulas.value(box.box(), p.getString("stat_type"));
      double line = p.getDouble("line");
      assertThat(outcome.getDouble("actual")).as(p.encode()).isEqualTo(actual);
      assertThat(outcome.getString("result")).as(p.encode())
          .isEqualTo(actual > line ? "over" : actual < line ? "under" : "push");
    }
    JsonObject one = api.ok("/props/" + settled.get(0).getString("id"));
    assertThat(one.getString("status")).isEqualTo("settled");
    assertThat(one.getJsonObject("outcome")).isEqualTo(settled.get(0).getJsonObject("outcome"));
    assertThat(one.getJsonArray("line_history")).isNotEmpty();
  }

  @Test
  @DisplayName("no sort: the open props, nearest first, then the rest latest first; pages are stable")
  void upcomingByDefault() {
    long open = api.ok("/props?status=open&limit=1").getLong("total");
    List<JsonObject> all = new ArrayList<>();
    for (int offset = 0; offset < open + 300; offset += 250) {
      all.addAll(items("/props?limit=250&offset=" + offset));
    }
    List<JsonObject> head = all.subList(0, (int) open);
    assertThat(head).allMatch(p -> p.getString("status").equals("open"));
    assertThat(all.get((int) open).getString("status")).isNotEqualTo("open");
    for (int i = 1; i < all.size(); i++) {
      JsonObject a = all.get(i - 1);
      JsonObject b = all.get(i);
      int byTime = a.getString("start_time").compareTo(b.getString("start_time"));
      int byId = a.getString("id").compareTo(b.getString("id"));
      boolean bothOpen = i < open;
      boolean ordered = bothOpen ? byTime < 0 || byTime == 0 && byId < 0 : i == open || byTime > 0 || byTime == 0 && byId > 0;
      assertThat(ordered).as("%s then %s", a.getString("id"), b.getString("id")).isTrue();
    }
    assertThat(items("/props?sort=upcoming&limit=250")).isEqualTo(all.subList(0, 250));
    List<JsonObject> byLine = items("/props?sort=line&status=open&limit=500");
    for (int i = 1; i < byLine.size(); i++) {
      assertThat(byLine.get(i).getDouble("line")).isGreaterThanOrEqualTo(byLine.get(i - 1).getDouble("line"));
    }
  }

  @Test
  @DisplayName("an unknown sort or status is a 400 naming the field and the allowed values")
  void badValues() {
    JsonObject sort = api.get("/props?sort=edge").bodyAsJsonObject();
    assertThat(sort.getString("field")).isEqualTo("sort");
    assertThat(sort.getString("message"))
        .isEqualTo("sort must be one of [upcoming, start_time, -start_time, line, -line, player], got 'edge'");
    JsonObject status = api.get("/props?status=pending").bodyAsJsonObject();
    assertThat(status.getString("field")).isEqualTo("status");
    assertThat(status.getString("message")).contains("open", "closed", "settled");
    // nothing that starts after now is settled (or closed: the synthetic board is posted open)
    assertThat(api.ok("/props?status=settled&from=" + now + "&limit=1").getLong("total")).isZero();
    assertThat(api.ok("/props?status=closed&from=" + now + "&limit=1").getLong("total")).isZero();
  }
}
