package com.betterbros.props.app;

import com.betterbros.props.access.BusSecret;
import com.betterbros.props.auth.AuthConfig;
import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import com.betterbros.props.config.EnvOverrides;
import com.betterbros.props.context.ContextConfig;
import com.betterbros.props.corr.CorrConfig;
import com.betterbros.props.eval.EvalConfig;
import com.betterbros.props.experiments.ExperimentsConfig;
import com.betterbros.props.export.ExportConfig;
import com.betterbros.props.features.FeaturesConfig;
import com.betterbros.props.history.HistoryConfig;
import com.betterbros.props.http.HttpConfig;
import com.betterbros.props.jobs.JobsConfig;
import com.betterbros.props.model.ModelConfig;
import com.betterbros.props.optimize.OptimizeConfig;
import com.betterbros.props.keys.KeysConfig;
import com.betterbros.props.users.UsersConfig;
import com.betterbros.props.whatif.WhatIfConfig;
import com.betterbros.props.platforms.PlatformsConfig;
import com.betterbros.props.ratelimit.RateLimitConfig;
import com.betterbros.props.live.LiveConfig;
import com.betterbros.props.snapshots.SnapshotsConfig;
import com.betterbros.props.store.CacheConfig;
import com.betterbros.props.store.PgConfig;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The whole configuration, typed and validated: application.yaml (bundled defaults, then
 * conf/application.yaml) overlaid by BB_* variables. App only reads the file: each domain's record
 * is built by the domain from its own section ({@code PlatformsConfig.from(platforms)}, ...), and
 * each domain receives only its own record.
 */
public record AppConfig(
    HttpConfig http,
    String storeKind,
    PgConfig pg,
    CacheConfig cache,
    ClusterConfig cluster,
    Set<Role> roles,
    Duration busTimeout,
    AuthConfig auth,
    SyntheticConfig synthetic,
    PlatformsConfig platforms,
    ContextConfig context,
    HistoryConfig history,
    JobsConfig jobs,
    FeaturesConfig features,
    ModelConfig model,
    ExperimentsConfig experiments,
    CorrConfig corr,
    OptimizeConfig optimize,
    EvalConfig eval,
    SnapshotsConfig snapshots,
    ExportConfig export,
    LiveConfig live,
    WhatIfConfig whatif,
    RateLimitConfig rateLimit,
    KeysConfig keys,
    UsersConfig users,
    BusSecret busSecret) {

  @SuppressWarnings("unchecked")
  public static AppConfig from(JsonObject json) {
    ConfigValues root = new ConfigValues(json.mapTo(Map.class), "");
    ConfigValues store = root.child("store");
    String storeKind = store.oneOf("kind", "memory", Set.of("memory", "postgres"));
    AppConfig cfg = new AppConfig(
        HttpConfig.from(root.child("http")),
        storeKind,
        wrap("store.pg", () -> PgConfig.fromJson(new JsonObject(store.child("pg").raw()))),
        CacheConfig.from(root.child("cache")),
        ClusterConfig.from(root.child("cluster")),
        Role.parse(root.list("roles", "all"), "roles"),
        Duration.ofMillis(root.child("bus").integer("timeout_ms", 10_000, 100, 600_000)),
        wrap("auth", () -> AuthConfig.fromJson(new JsonObject(root.child("auth").raw()))),
        SyntheticConfig.from(root.child("synthetic")),
        PlatformsConfig.from(root.child("platforms")),
        ContextConfig.from(root.child("weather"), root.child("context")),
        HistoryConfig.from(root.child("espn"), root.child("history")),
        JobsConfig.from(root.child("jobs")),
        FeaturesConfig.from(root.child("features")),
        ModelConfig.from(root.child("model")),
        ExperimentsConfig.from(root.child("experiments")),
        CorrConfig.from(root.child("corr")),
        OptimizeConfig.from(root.child("optimize")),
        EvalConfig.from(root.child("eval")),
        SnapshotsConfig.from(root.child("snapshots")),
        ExportConfig.from(root.child("export")),
        LiveConfig.from(root.child("live")),
        WhatIfConfig.from(root.child("whatif")),
        RateLimitConfig.from(root.child("ratelimit")),
        KeysConfig.from(root.child("keys"), "memory".equals(storeKind)),
        UsersConfig.from(root.child("users")),
        wrap("auth", () -> BusSecret.from(root.child("auth").string("bus_secret", null),
            root.child("cluster").bool("enabled", false))));
    if (cfg.platforms.timeout().compareTo(cfg.busTimeout) >= 0) {
      throw new ConfigException("platforms.timeout_ms",
          "must be below bus.timeout_ms, or a slow platform would time out the bus request first");
    }
    if (cfg.http.metricsListener() && cfg.http.metricsPort() == cfg.http.port() && cfg.roles.contains(Role.GATEWAY)) {
      throw new ConfigException("http.metrics_port", "must differ from http.port (" + cfg.http.port()
          + "): the gateway already serves /metrics there");
    }
    if ("dev".equals(cfg.auth.mode()) && !cfg.http.loopbackOnly()) {
      throw new ConfigException("auth.mode",
          "is dev, which only binds to 127.0.0.1; set http.host to 127.0.0.1 or use hs256/jwks");
    }
    return cfg;
  }

  public boolean embedded() {
    return "memory".equals(storeKind);
  }

  private static <T> T wrap(String key, java.util.function.Supplier<T> read) {
    try {
      return read.get();
    } catch (IllegalArgumentException e) {
      StringBuilder message = new StringBuilder("is invalid: ").append(e.getMessage());
      EnvOverrides.KEYS.forEach((variable, path) -> {
        if (path.startsWith(key + ".") && e.getMessage() != null
            && e.getMessage().contains(path.substring(key.length() + 1))) {
          message.append(" [").append(path).append(" = ").append(variable).append("]");
        }
      });
      throw new ConfigException(key, message.toString());
    }
  }
}
