package com.betterbros.props.security;

import com.betterbros.props.app.Node;
import com.betterbros.props.app.Repositories;
import com.betterbros.props.app.SeasonLoader;
import com.betterbros.props.store.PgConfig;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.TestDatabase;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

/**
 * {@link OwnedResourcesContract} on PostgreSQL (a fresh database seeded with a 20-day synthetic
 * season): the pg repositories' owner-scoped and unscoped ({@code $n::text IS NULL}) queries.
 */
@DisplayName("Owned resources (PostgreSQL): yours, 404 for others', and an admin's ?all=true and actions")
class OwnedResourcesAdminPgIT extends OwnedResourcesContract {

  @Override
  protected Node startNode() {
    String url = TestDatabase.freshDatabase("betterbros_test_owned_resources");
    Vertx seeder = Vertx.vertx();
    try {
      PgStore store = Await.result(PgStore.open(seeder, PgConfig.fromJson(new JsonObject().put("url", url))), 120);
      Await.result(SeasonLoader.generateAndLoad(seeder, Repositories.postgres(store.pool()), 42, 20), 300);
      Await.result(store.close());
    } finally {
      Await.result(seeder.close());
    }
    return TestNodes.embedded(Map.of("BB_STORE", "postgres", "BB_PG_URL", url, "BB_AUTH_MODE", "hs256",
        "BB_AUTH_HS256_SECRET", SECRET, "BB_RATELIMIT_ENABLED", "false"));
  }
}
