package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The board page's live updates in a real browser: with the board open (filtered to one player),
 * a PrizePicks board imported through the API moves one of his lines and posts a new one; the
 * feed (/ws/edges) pushes edge.changed and edge.new, and the page changes the row's line and adds
 * the new row without a reload. Both lines move in the favoured side's direction, so their edges
 * grow and stay inside any edge filter the feed applies.
 */
@DisplayName("Dashboard live: a line moved and a line posted through the API show up on the open board page")
class DashboardLiveIT {

  private static Node node;
  private static ApiClient admin;
  private static DashboardBrowser browser;

  @BeforeAll
  static void start() {
    DashboardBrowser.assumeChromium();
    node = TestNodes.trained(Map.of());
    admin = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
    assertThat(DashboardFixtures.feedMounted(node, node.devToken()))
        .as("the live feed /ws/edges answers a WebSocket handshake (subprotocols bearer, <token>)").isTrue();
    browser = DashboardBrowser.start(node.httpPort());
    browser.signIn(node.devToken());
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.close();
    }
    if (node != null) {
      Await.result(node.stop());
    }
  }

  /** An open, standard PrizePicks points prop with the largest positive edge among the first 100, with its prediction. */
  private static JsonObject[] pricedProp() {
    JsonArray props = admin.ok("/props?status=open&platform=prizepicks&stat_type=points&odds_type=standard&limit=100")
        .getJsonArray("items");
    JsonArray ids = new JsonArray();
    props.forEach(p -> ids.add(((JsonObject) p).getString("id")));
    JsonArray items = admin.post("/model/predict", new JsonObject().put("prop_ids", ids).toBuffer()).bodyAsJsonObject()
        .getJsonArray("items");
    int best = -1;
    for (int i = 0; i < items.size(); i++) {
      Double edge = items.getJsonObject(i).getDouble("edge");
      if (edge != null && edge > 0 && (best < 0 || edge > items.getJsonObject(best).getDouble("edge"))) {
        best = i;
      }
    }
    assertThat(best).as("a priced prop with a positive edge").isNotNegative();
    return new JsonObject[] {props.getJsonObject(best), items.getJsonObject(best)};
  }

  /** One projection of PrizePicks' raw /projections shape (what PrizePicksParser reads). */
  private static JsonObject projection(String externalId, JsonObject prop, double line) {
    return new JsonObject().put("type", "projection").put("id", externalId)
        .put("attributes", new JsonObject().put("line_score", line).put("odds_type", "standard")
            .put("start_time", prop.getString("start_time")).put("stat_type", "Points").put("status", "pre_game")
            .put("description", prop.getString("opponent")).put("game_id", "dashboard-live-game"))
        .put("relationships", new JsonObject().put("new_player", new JsonObject()
            .put("data", new JsonObject().put("type", "new_player").put("id", "dashboard-live-player"))));
  }

  private static WebElement row(String propId) {
    return browser.driver().findElement(By.cssSelector("#board-table tr[data-prop-id='" + propId + "']"));
  }

  private static boolean hasRow(String propId) {
    return !browser.driver().findElements(By.cssSelector("#board-table tr[data-prop-id='" + propId + "']")).isEmpty();
  }

  @Test
  @DisplayName("edge.changed moves the row's line, edge.new adds a row; the live indicator is on")
  void liveUpdate() throws Exception {
    JsonObject[] picked = pricedProp();
    JsonObject prop = picked[0];
    String side = picked[1].getString("side");
    double moved = prop.getDouble("line") + ("over".equals(side) ? -1 : 1);
    browser.open("board");
    browser.driver().findElement(By.name("player")).sendKeys(prop.getString("player_name"));
    browser.await("the player's row", d -> hasRow(prop.getString("id")));
    browser.awaitAttribute("#live", "data-state", "on");
    browser.awaitAttribute("#board-table", "data-seq", null);

    String externalId = prop.getString("id").substring("prizepicks:".length());
    JsonObject feed = new JsonObject()
        .put("data", new JsonArray().add(projection(externalId, prop, moved)).add(projection("dashboard-live-1", prop, moved)))
        .put("included", new JsonArray().add(new JsonObject().put("type", "new_player").put("id", "dashboard-live-player")
            .put("attributes", new JsonObject().put("display_name", prop.getString("player_name"))
                .put("team", prop.getString("team")).put("league", "NBA"))));
    HttpResponse<Buffer> imported = admin.post("/props/import?platform=prizepicks", feed.toBuffer());
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isEqualTo(200);
    assertThat(imported.bodyAsJsonObject().getInteger("updated")).as(imported.bodyAsString()).isEqualTo(1);

    String lineText = moved == Math.rint(moved) ? String.valueOf((long) moved) : String.valueOf(moved);
    browser.await("the moved line on the row", d -> hasRow(prop.getString("id"))
        && row(prop.getString("id")).findElements(By.tagName("td")).get(5).getText().equals(lineText));
    assertThat(row(prop.getString("id")).getDomAttribute("class")).contains("live-changed");
    browser.await("the new line's row", d -> hasRow("prizepicks:dashboard-live-1"));
    assertThat(row("prizepicks:dashboard-live-1").getDomAttribute("class")).contains("live-new");
    browser.screenshot("board-live");
    assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("undefined", "NaN", "[object");
    assertThat(browser.consoleErrors(m -> false)).as("console errors").isEmpty();
    assertThat(browser.offHost()).as("requests that left 127.0.0.1").isEmpty();
  }
}
