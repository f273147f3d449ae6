package com.betterbros.props.config;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The BB_* environment variables and the configuration key each one overrides. Values arrive as
 * strings; {@link ConfigValues} parses and validates them, naming the variable when one is bad.
 */
public final class EnvOverrides {

  /** Names the operator's YAML file (default conf/application.yaml). */
  public static final String CONFIG_FILE_VARIABLE = "BB_CONFIG";

  /** Environment variable -> dotted key in application.yaml. */
  public static final Map<String, String> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("BB_HTTP_HOST", "http.host");
    KEYS.put("BB_HTTP_PORT", "http.port");
    KEYS.put("BB_CORS_ORIGINS", "http.cors_origins");
    KEYS.put("BB_HTTP_MAX_BODY_BYTES", "http.max_body_bytes");
    KEYS.put("BB_HTTP_MAX_IMPORT_BYTES", "http.max_import_bytes");
    KEYS.put("BB_HTTP_SHUTDOWN_GRACE_MS", "http.shutdown_grace_ms");
    KEYS.put("BB_HTTP_IDLE_TIMEOUT_S", "http.idle_timeout_s");
    KEYS.put("BB_HTTP_HEADER_TIMEOUT_S", "http.header_timeout_s");
    KEYS.put("BB_HTTP_MAX_HEADER_BYTES", "http.max_header_bytes");
    KEYS.put("BB_HTTP_MAX_TOKEN_BYTES", "http.max_token_bytes");
    KEYS.put("BB_HTTP_HEALTH_LOG_SAMPLE", "http.health_log_sample");
    KEYS.put("BB_METRICS_HOST", "http.metrics_host");
    KEYS.put("BB_METRICS_PORT", "http.metrics_port");
    KEYS.put("BB_STORE", "store.kind");
    KEYS.put("BB_PG_URL", "store.pg.url");
    KEYS.put("BB_PG_MAX_POOL_SIZE", "store.pg.max_pool_size");
    KEYS.put("BB_PG_MAX_WAIT_QUEUE_SIZE", "store.pg.max_wait_queue_size");
    KEYS.put("BB_PG_CONNECT_TIMEOUT_MS", "store.pg.connect_timeout_ms");
    KEYS.put("BB_REDIS_URL", "cache.redis_url");
    KEYS.put("BB_CACHE_MAX_LOCAL_ENTRIES", "cache.max_local_entries");
    KEYS.put("BB_REDIS_TIMEOUT_MS", "cache.redis_timeout_ms");
    KEYS.put("BB_REDIS_MAX_POOL_SIZE", "cache.redis_max_pool_size");
    KEYS.put("BB_REDIS_MAX_POOL_WAITING", "cache.redis_max_pool_waiting");
    KEYS.put("BB_REDIS_MAX_WAITING_HANDLERS", "cache.redis_max_waiting_handlers");
    KEYS.put("BB_CLUSTER", "cluster.enabled");
    KEYS.put("BB_CLUSTER_MEMBERS", "cluster.members");
    KEYS.put("BB_CLUSTER_HOST", "cluster.host");
    KEYS.put("BB_CLUSTER_PORT", "cluster.port");
    KEYS.put("BB_CLUSTER_BUS_PORT", "cluster.bus_port");
    KEYS.put("BB_CLUSTER_TLS_KEYSTORE", "cluster.tls_keystore");
    KEYS.put("BB_CLUSTER_TLS_TRUSTSTORE", "cluster.tls_truststore");
    KEYS.put("BB_CLUSTER_TLS_PASSWORD", "cluster.tls_password");
    KEYS.put("BB_ROLES", "roles");
    KEYS.put("BB_BUS_TIMEOUT_MS", "bus.timeout_ms");
    KEYS.put("BB_AUTH_MODE", "auth.mode");
    KEYS.put("BB_AUTH_HS256_SECRET", "auth.hs256_secret");
    KEYS.put("BB_JWKS_URL", "auth.jwks_url");
    KEYS.put("BB_JWT_ISSUER", "auth.issuer");
    KEYS.put("BB_JWT_AUDIENCE", "auth.audience");
    KEYS.put("BB_JWT_TIER_CLAIM", "auth.tier_claim");
    KEYS.put("BB_JWT_ROLE_CLAIM", "auth.role_claim");
    KEYS.put("BB_JWT_MAX_LIFETIME_S", "auth.max_lifetime_seconds");
    KEYS.put("BB_BUS_SECRET", "auth.bus_secret");
    KEYS.put("BB_SYNTH_SEED", "synthetic.seed");
    KEYS.put("BB_SYNTH_DAYS", "synthetic.days");
    KEYS.put("BB_SYNTH_LOAD_ON_START", "synthetic.load_on_start");
    KEYS.put("BB_SYNTH_TRAIN_ON_START", "synthetic.train_on_start");
    KEYS.put("BB_PRIZEPICKS_URL", "platforms.prizepicks_url");
    KEYS.put("BB_UNDERDOG_URL", "platforms.underdog_url");
    KEYS.put("BB_PLATFORM_TIMEOUT_MS", "platforms.timeout_ms");
    KEYS.put("BB_PLATFORM_REFRESH_INTERVAL_S", "platforms.refresh_interval_s");
    KEYS.put("BB_WEATHER_URL", "weather.url");
    KEYS.put("BB_WEATHER_TIMEOUT_MS", "weather.timeout_ms");
    KEYS.put("BB_WEATHER_MAX_CONNECTIONS", "weather.max_connections");
    KEYS.put("BB_ESPN_BASE_URL", "espn.base_url");
    KEYS.put("BB_ESPN_TIMEOUT_MS", "espn.timeout_ms");
    KEYS.put("BB_PLATFORM_PARSER_THREADS", "platforms.parser_threads");
    KEYS.put("BB_PROPS_NOW", "platforms.now");
    KEYS.put("BB_PROPS_LISTING_MAX_AGE_MS", "platforms.listing_max_age_ms");
    KEYS.put("BB_CONTEXT_CACHE_TTL_S", "context.cache_ttl_s");
    KEYS.put("BB_CONTEXT_GENERATION_TTL_S", "context.generation_ttl_s");
    KEYS.put("BB_ESPN_MAX_CONCURRENT", "espn.max_concurrent");
    KEYS.put("BB_ESPN_MAX_QUEUED", "espn.max_queued");
    KEYS.put("BB_ESPN_PARSER_THREADS", "espn.parser_threads");
    KEYS.put("BB_ESPN_MAX_RETRIES", "espn.max_retries");
    KEYS.put("BB_ESPN_BACKOFF_MS", "espn.backoff_ms");
    KEYS.put("BB_SYNC_INTERVAL_S", "history.sync_interval_s");
    KEYS.put("BB_HISTORY_IMPORT_MAX_PENDING", "history.import_max_pending");
    KEYS.put("BB_HISTORY_SYNC_MAX_PENDING", "history.sync_max_pending");
    KEYS.put("BB_JOBS_SWEEP_INTERVAL_S", "jobs.sweep_interval_s");
    KEYS.put("BB_FEATURES_COMPUTE_THREADS", "features.compute_threads");
    KEYS.put("BB_FEATURES_CACHE_TTL_S", "features.cache_ttl_s");
    KEYS.put("BB_SNAPSHOT_TTL_S", "features.snapshot_ttl_s");
    KEYS.put("BB_MODEL_INSTANCES", "model.instances");
    KEYS.put("BB_MODEL_WORKER_THREADS", "model.worker_threads");
    KEYS.put("BB_MODEL_CACHE_TTL_S", "model.cache_ttl_s");
    KEYS.put("BB_EXPERIMENTS_MAX_PENDING", "experiments.max_pending");
    KEYS.put("BB_EXPERIMENTS_TRAINING_THREADS", "experiments.training_threads");
    KEYS.put("BB_EXPERIMENTS_PROMOTION_THREADS", "experiments.promotion_threads");
    KEYS.put("BB_EXPERIMENTS_SWEEP_INTERVAL_S", "experiments.sweep_interval_s");
    KEYS.put("BB_EXPERIMENTS_PER_USER_FREE", "experiments.per_user_free");
    KEYS.put("BB_EXPERIMENTS_PER_USER_PRO", "experiments.per_user_pro");
    KEYS.put("BB_EXPERIMENTS_PER_USER_ENTERPRISE", "experiments.per_user_enterprise");
    KEYS.put("BB_CORR_INSTANCES", "corr.instances");
    KEYS.put("BB_CORR_WORKER_THREADS", "corr.worker_threads");
    KEYS.put("BB_CORR_CACHE_TTL_S", "corr.cache_ttl_s");
    KEYS.put("BB_OPTIMIZE_INSTANCES", "optimize.instances");
    KEYS.put("BB_OPTIMIZE_WORKER_THREADS", "optimize.worker_threads");
    KEYS.put("BB_OPTIMIZE_SEARCH_THREADS", "optimize.search_threads");
    KEYS.put("BB_EVAL_INSTANCES", "eval.instances");
    KEYS.put("BB_EVAL_WORKER_THREADS", "eval.worker_threads");
    KEYS.put("BB_EVAL_BACKTEST_THREADS", "eval.backtest_threads");
    KEYS.put("BB_EVAL_MAX_PENDING_BACKTESTS", "eval.max_pending_backtests");
    KEYS.put("BB_EVAL_BACKTESTS_PER_USER", "eval.backtests_per_user");
    KEYS.put("BB_SNAPSHOTS_MAX_ITEMS", "snapshots.max_items");
    KEYS.put("BB_WHATIF_INSTANCES", "whatif.instances");
    KEYS.put("BB_WHATIF_WORKER_THREADS", "whatif.worker_threads");
    KEYS.put("BB_WHATIF_SHRINKAGE_GAMES", "whatif.shrinkage_games");
    KEYS.put("BB_KEYS_PEPPER", "keys.pepper");
    KEYS.put("BB_KEYS_MASTER_KEY", "keys.master_key");
    KEYS.put("BB_KEYS_MASTER_KEY_PREVIOUS", "keys.master_key_previous");
    KEYS.put("BB_USERS_CACHE_MAX_ENTRIES", "users.cache_max_entries");
    KEYS.put("BB_USERS_CACHE_REFRESH_S", "users.cache_refresh_s");
    KEYS.put("BB_USERS_RETRY_AFTER_FAILURE_MS", "users.retry_after_failure_ms");
    KEYS.put("BB_EXPORT_MAX_ROWS", "export.max_rows");
    KEYS.put("BB_EXPORT_XLSX_THREADS", "export.xlsx_threads");
    KEYS.put("BB_LIVE_RING_SIZE", "live.ring_size");
    KEYS.put("BB_LIVE_HEARTBEAT_S", "live.heartbeat_s");
    KEYS.put("BB_LIVE_MAX_CONNECTIONS_PER_USER", "live.max_connections_per_user");
    KEYS.put("BB_LIVE_QUEUE_CAPACITY", "live.queue_capacity");
    KEYS.put("BB_LIVE_SLOW_CLIENT_GRACE_S", "live.slow_client_grace_s");
    KEYS.put("BB_LIVE_RECOMPUTE_INTERVAL_S", "live.recompute_interval_s");
    KEYS.put("BB_LIVE_MAX_PROPS", "live.max_props");
    KEYS.put("BB_LIVE_MIN_P_CHANGE_BP", "live.min_p_change_bp");
    KEYS.put("BB_LIVE_EDGE_THRESHOLDS_BP", "live.edge_thresholds_bp");
    KEYS.put("BB_LIVE_BEST_SLIP_MODES", "live.best_slip_modes");
    KEYS.put("BB_LIVE_BEST_SLIP_SIZE", "live.best_slip_size");
    KEYS.put("BB_LIVE_BEST_SLIP_CANDIDATES", "live.best_slip_candidates");
    KEYS.put("BB_LIVE_LOCK_TIMEOUT_S", "live.lock_timeout_s");
    KEYS.put("BB_RATELIMIT_ENABLED", "ratelimit.enabled");
    KEYS.put("BB_RATELIMIT_REDIS_TIMEOUT_MS", "ratelimit.redis_timeout_ms");
    KEYS.put("BB_RATELIMIT_REDIS_RETRY_MS", "ratelimit.redis_retry_ms");
    KEYS.put("BB_RATELIMIT_LOCAL_MAX_KEYS", "ratelimit.local_max_keys");
    KEYS.put("BB_RATELIMIT_DEFAULT_FREE", "ratelimit.groups.default.free");
    KEYS.put("BB_RATELIMIT_DEFAULT_PRO", "ratelimit.groups.default.pro");
    KEYS.put("BB_RATELIMIT_DEFAULT_ENTERPRISE", "ratelimit.groups.default.enterprise");
    KEYS.put("BB_RATELIMIT_HEAVY_FREE", "ratelimit.groups.heavy.free");
    KEYS.put("BB_RATELIMIT_HEAVY_PRO", "ratelimit.groups.heavy.pro");
    KEYS.put("BB_RATELIMIT_HEAVY_ENTERPRISE", "ratelimit.groups.heavy.enterprise");
    KEYS.put("BB_RATELIMIT_HEAVY_ROUTES", "ratelimit.groups.heavy.routes");
  }

  private EnvOverrides() {}

  /**
   * Returns a copy of {@code config} with every variable of {@code env} that names a known key
   * written over it. An unknown BB_* variable is reported, since it is almost always a typo.
   */
  public static JsonObject apply(JsonObject config, Map<String, String> env) {
    JsonObject merged = config.copy();
    for (Map.Entry<String, String> e : env.entrySet()) {
      String path = KEYS.get(e.getKey());
      if (path == null) {
        if (e.getKey().startsWith("BB_") && !e.getKey().startsWith("BB_TEST_")
            && !e.getKey().equals(CONFIG_FILE_VARIABLE)) {
          throw new ConfigException(e.getKey(), "is not a known setting (see README, Configuration)");
        }
        continue;
      }
      put(merged, path, e.getValue());
    }
    return merged;
  }

  private static void put(JsonObject root, String path, String value) {
    String[] parts = path.split("\\.");
    JsonObject node = root;
    for (int i = 0; i < parts.length - 1; i++) {
      JsonObject child = node.getJsonObject(parts[i]);
      if (child == null) {
        child = new JsonObject();
        node.put(parts[i], child);
      }
      node = child;
    }
    node.put(parts[parts.length - 1], value);
  }

  /** The environment variable that overrides a dotted key, for error messages. */
  public static String variableFor(String path) {
    return KEYS.entrySet().stream()
        .filter(e -> e.getValue().equals(path))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
