package com.betterbros.props.ratelimit;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.config.ConfigException;
import com.betterbros.props.config.ConfigValues;
import com.betterbros.props.ratelimit.core.RouteGroups;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code ratelimit} section: per route group (the {@code groups} keys; {@code default} always
 * exists) a budget per minute for each tier and, except for {@code default}, the routes of the
 * group; the Redis command bound past which the node counts locally; the local map's bound.
 */
public record RateLimitConfig(
    boolean enabled,
    Duration redisTimeout,
    Duration redisRetry,
    int localMaxKeys,
    Map<String, Map<Tier, Integer>> perMinute,
    RouteGroups routes) {

  /** The window every budget is counted over, in µs (one minute). */
  public static final long PERIOD_US = 60_000_000;

  public static RateLimitConfig from(ConfigValues v) {
    ConfigValues groups = v.child("groups");
    Map<String, Map<Tier, Integer>> perMinute = new LinkedHashMap<>();
    Map<String, String> routes = new LinkedHashMap<>();
    perMinute.put(RouteGroups.DEFAULT, budgets(groups.child(RouteGroups.DEFAULT), 60, 600, 6_000));
    for (String name : groups.raw().keySet()) {
      if (name.equals(RouteGroups.DEFAULT)) {
        continue;
      }
      if (!name.matches("[a-z][a-z0-9_]*")) {
        throw new ConfigException(groups.key(name), "a group name is lower-case letters, digits and _");
      }
      ConfigValues g = groups.child(name);
      perMinute.put(name, budgets(g, 10, 60, 600));
      routes.put(name, g.string("routes", ""));
    }
    RouteGroups table;
    try {
      table = RouteGroups.parse(routes);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(groups.key("routes"), e.getMessage());
    }
    return new RateLimitConfig(
        v.bool("enabled", true),
        Duration.ofMillis(v.integer("redis_timeout_ms", 50, 5, 10_000)),
        Duration.ofMillis(v.integer("redis_retry_ms", 1_000, 0, 600_000)),
        v.integer("local_max_keys", 100_000, 100, 10_000_000),
        java.util.Collections.unmodifiableMap(perMinute),
        table);
  }

  /** The budget per minute of {@code tier} on {@code group} (the default group's for an unknown one). */
  public int perMinute(String group, Tier tier) {
    return perMinute.getOrDefault(group, perMinute.get(RouteGroups.DEFAULT)).get(tier);
  }

  private static Map<Tier, Integer> budgets(ConfigValues g, int free, int pro, int enterprise) {
    Map<Tier, Integer> out = new EnumMap<>(Tier.class);
    out.put(Tier.FREE, g.integer("free", free, 1, 1_000_000));
    out.put(Tier.PRO, g.integer("pro", pro, 1, 1_000_000));
    out.put(Tier.ENTERPRISE, g.integer("enterprise", enterprise, 1, 1_000_000));
    return out;
  }
}
