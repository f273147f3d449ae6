package com.betterbros.props.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The finding "a NUL byte in an id gives 503 in PostgreSQL mode", checked against a real PostgreSQL. */
@DisplayName("NUL bytes in PostgreSQL mode: ids, query values and JSON bodies are 400, never 5xx")
class EdgeInputPgIT {

  private static Node node;
  private static ApiClient api;

  @BeforeAll
  static void start() {
    String url = TestDatabase.freshDatabase("betterbros_test_edge_input_nul");
    node = TestNodes.embedded(Map.of("BB_STORE", "postgres", "BB_PG_URL", url));
    api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      Await.result(node.stop());
    }
  }

  @Test
  @DisplayName("NUL in a path id, a query value, and a JSON body string: 400 naming path, the parameter, body")
  void nul() throws Exception {
    for (String[] c : new String[][] {{"/props/%00x", "path"}, {"/history/players/a%00/games", "path"},
        {"/snapshots/%00", "path"}, {"/props?player_id=%00", "player_id"}}) {
      RawHttp.Reply r = RawHttp.get(node.httpPort(), c[0].getBytes(StandardCharsets.US_ASCII), node.devToken(), 5_000);
      assertThat(r.status()).as(c[0] + " " + r.text()).isEqualTo(400);
      assertThat(new JsonObject(r.body()).getString("field")).isEqualTo(c[1]);
    }
    HttpResponse<Buffer> body = api.post("/snapshots", Buffer.buffer("{\"name\":\"a\\u0000b\"}"));
    assertThat(body.statusCode()).as(body.bodyAsString()).isEqualTo(400);
    assertThat(body.bodyAsJsonObject().getString("field")).isEqualTo("body");
    assertThat(api.get("/health").statusCode()).isEqualTo(200);
  }
}
