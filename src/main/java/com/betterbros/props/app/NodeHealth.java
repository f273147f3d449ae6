package com.betterbros.props.app;

import com.betterbros.props.experiments.ModelBootstrap;
import com.betterbros.props.http.HealthProbe;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.store.Cache;
import com.betterbros.props.store.PgStore;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * This node's health: the store and cache it opened, and the cluster it sees. "up" when all
 * answer; "degraded" when only the cache is down (requests still succeed, uncached); "down"
 * when the store is (the node cannot answer data requests).
 */
public final class NodeHealth implements HealthProbe {

  private static final long PROBE_TIMEOUT_MS = 2_000;

  private final String version;
  private final String mode;
  private final Set<Role> roles;
  private final String storeKind;
  private final PgStore pg;
  private final Cache cache;
  private final HazelcastClusterManager cluster;
  private final ModelService model;
  private final ModelBootstrap bootstrap;

  NodeHealth(String version, String mode, Set<Role> roles, String storeKind, PgStore pg, Cache cache,
      HazelcastClusterManager cluster, ModelService model, ModelBootstrap bootstrap) {
    this.model = model;
    this.bootstrap = bootstrap;
    this.version = version;
    this.mode = mode;
    this.roles = roles;
    this.storeKind = storeKind;
    this.pg = pg;
    this.cache = cache;
    this.cluster = cluster;
  }

  /** Probes every dependency (each bounded by a 2 s timeout) and reports. */
  @Override
  public Future<JsonObject> report() {
    Future<JsonObject> store = storeKind == null
        ? Future.succeededFuture(new JsonObject().put("status", "not_used"))
        : probe(pg == null ? Future.succeededFuture() : pg.ping()).map(s -> s.put("kind", storeKind));
    Future<JsonObject> cacheStatus = cache == null
        ? Future.succeededFuture(new JsonObject().put("status", "not_used"))
        : probe(cache.ping()).map(s -> s.put("kind", cache.kind()));
    Future<JsonObject> modelStatus = model.status()
        .map(s -> s.toJson().put("bootstrap", bootstrap.state()))
        .otherwise(t -> new JsonObject().put("status", "unreachable").put("reason", String.valueOf(t.getMessage()))
            .put("bootstrap", bootstrap.state()));
    return Future.all(store, cacheStatus, modelStatus).map(all -> {
      JsonObject s = all.resultAt(0);
      JsonObject c = all.resultAt(1);
      String status = "down".equals(s.getString("status")) ? "down"
          : "down".equals(c.getString("status")) ? "degraded" : "up";
      return new JsonObject()
          .put("status", status)
          .put("version", version)
          .put("mode", mode)
          .put("roles", new JsonArray(roles.stream().map(r -> r.name().toLowerCase()).sorted().toList()))
          .put("store", s)
          .put("cache", c)
          .put("model", all.<JsonObject>resultAt(2))
          .put("cluster", clusterStatus());
    });
  }

  private JsonObject clusterStatus() {
    if (cluster == null) {
      return new JsonObject().put("enabled", false);
    }
    return new JsonObject()
        .put("enabled", true)
        .put("node_id", cluster.getNodeId())
        .put("members", new JsonArray(cluster.getNodes()));
  }

  private static Future<JsonObject> probe(Future<Void> ping) {
    return ping.timeout(PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS)
        .map(v -> new JsonObject().put("status", "up"))
        .otherwise(t -> new JsonObject().put("status", "down").put("reason", String.valueOf(t.getMessage())));
  }
}
