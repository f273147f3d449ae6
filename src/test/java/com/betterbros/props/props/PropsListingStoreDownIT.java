package com.betterbros.props.props;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.http.ApiClient;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code bench chaos postgres} found {@code GET /props} answering 500 "internal error" while
 * PostgreSQL was down: the gateway's local listing path (no bus hop) passed the store's exception on
 * as is. With the database refusing connections it must answer like every bus path: 503
 * service_unavailable, and 200 again once the database is back.
 */
@DisplayName("GET /props on a PostgreSQL node: 503 service_unavailable while the database refuses connections, 200 after")
class PropsListingStoreDownIT {

  private static final String DB = "betterbros_test_props_store_down";

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void storeDown() throws Exception {
    String url = TestDatabase.freshDatabase(DB);
    Node node = TestNodes.embedded(Map.of("BB_STORE", "postgres", "BB_PG_URL", url));
    try {
      ApiClient api = new ApiClient(node.vertx(), node.httpPort(), node.devToken());
      assertThat(api.get("/props?limit=5").statusCode()).isEqualTo(200);
      admin("ALTER DATABASE " + DB + " ALLOW_CONNECTIONS false",
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + DB + "'");
      HttpResponse<Buffer> down = api.get("/props?limit=5&offset=1");
      JsonObject error = down.bodyAsJsonObject();
      assertThat(down.statusCode()).as("GET /props with the database down: %s", down.bodyAsString()).isEqualTo(503);
      assertThat(error.getString("error")).isEqualTo("service_unavailable");
      assertThat(error.getString("message")).isNotBlank();
      admin("ALTER DATABASE " + DB + " ALLOW_CONNECTIONS true");
      int status = 0;
      for (int i = 0; i < 20 && status != 200; i++) {
        status = api.get("/props?limit=5&offset=2").statusCode();
        if (status != 200) {
          Thread.sleep(500);
        }
      }
      assertThat(status).as("GET /props once the database is back").isEqualTo(200);
    } finally {
      admin("ALTER DATABASE " + DB + " ALLOW_CONNECTIONS true");
      Await.result(node.stop());
    }
  }

  private static void admin(String... statements) throws Exception {
    java.net.URI server = java.net.URI.create(TestDatabase.serverUrl());
    String user = server.getUserInfo() == null ? "postgres" : server.getUserInfo().split(":")[0];
    try (Connection conn = DriverManager.getConnection(
            "jdbc:postgresql://" + server.getHost() + ":" + server.getPort() + "/postgres", user, "");
        Statement sql = conn.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }
}
