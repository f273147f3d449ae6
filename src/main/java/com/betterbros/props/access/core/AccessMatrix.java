package com.betterbros.props.access.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The tier matrix, read once from {@code access-matrix.yaml} on the class path: every HTTP
 * operation ({@code "GET /experiments/{id}"}, keyed like openapi.yaml) and every service address
 * with the {@link AccessRule} it asks. Tests hold it to openapi.yaml and the service interfaces.
 *
 * @param routes operation key to rule, in the file's order
 * @param addresses bus address to rule, in the file's order
 */
public record AccessMatrix(Map<String, AccessRule> routes, Map<String, AccessRule> addresses) {

  /** The resource the matrix lives in. */
  public static final String RESOURCE = "access-matrix.yaml";

  private static final Set<String> ROUTE_KEYS = Set.of("min", "owned");
  private static final Set<String> ADDRESS_KEYS = Set.of("min", "owned", "actions");
  private static volatile AccessMatrix bundled;

  /** The matrix shipped in the jar (read once). */
  public static AccessMatrix bundled() {
    AccessMatrix m = bundled;
    if (m == null) {
      try (InputStream in = AccessMatrix.class.getClassLoader().getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        m = parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      bundled = m;
    }
    return m;
  }

  /**
   * Reads matrix text.
   *
   * @throws IllegalArgumentException naming the row and key that are wrong
   */
  @SuppressWarnings("unchecked")
  public static AccessMatrix parse(String yaml) {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false); // one row per route and address, never a silent override
    Object root;
    try {
      root = new Yaml(options).load(yaml);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(RESOURCE + ": " + String.valueOf(e.getMessage()).replaceAll("\\s+", " "));
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("routes") instanceof Map<?, ?> routes)
        || !(top.get("addresses") instanceof Map<?, ?> addresses)) {
      throw new IllegalArgumentException(RESOURCE + ": needs the maps routes and addresses");
    }
    Map<String, AccessRule> routeRules = new LinkedHashMap<>();
    ((Map<String, Object>) routes).forEach((key, value) -> {
      if (!key.matches("(GET|POST|PUT|PATCH|DELETE) /\\S*")) {
        throw new IllegalArgumentException(RESOURCE + ": route '" + key + "' must read 'METHOD /path'");
      }
      AccessRule rule = rule("routes." + key, value, ROUTE_KEYS);
      if (rule.min() == AccessLevel.INTERNAL) {
        throw new IllegalArgumentException(RESOURCE + ": routes." + key + ".min internal is for bus addresses only");
      }
      routeRules.put(key, rule);
    });
    Map<String, AccessRule> addressRules = new LinkedHashMap<>();
    ((Map<String, Object>) addresses).forEach((key, value) -> {
      AccessRule rule = rule("addresses." + key, value, ADDRESS_KEYS);
      if (rule.min() == AccessLevel.NONE || rule.actions().containsValue(AccessLevel.NONE)) {
        throw new IllegalArgumentException(RESOURCE + ": addresses." + key + ": none is for routes only");
      }
      addressRules.put(key, rule);
    });
    return new AccessMatrix(Collections.unmodifiableMap(routeRules), Collections.unmodifiableMap(addressRules));
  }

  /** The rule of a route key ("GET /props/{id}"), or null when the matrix has none. */
  public AccessRule route(String key) {
    return routes.get(key);
  }

  /** The rule of a bus address, or null when the address is not guarded. */
  public AccessRule address(String address) {
    return addresses.get(address);
  }

  @SuppressWarnings("unchecked")
  private static AccessRule rule(String where, Object value, Set<String> keys) {
    if (!(value instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(RESOURCE + ": " + where + " must be a map like {min: free}");
    }
    for (Object k : map.keySet()) {
      if (!keys.contains(k)) {
        throw new IllegalArgumentException(RESOURCE + ": " + where + " has an unknown key '" + k + "'");
      }
    }
    Object owned = map.get("owned");
    if (owned != null && !(owned instanceof Boolean)) {
      throw new IllegalArgumentException(RESOURCE + ": " + where + ".owned must be true or false");
    }
    Map<String, AccessLevel> actions = new LinkedHashMap<>();
    Object listed = map.get("actions");
    if (listed != null && !(listed instanceof Map<?, ?>)) {
      throw new IllegalArgumentException(RESOURCE + ": " + where + ".actions must map method names to levels");
    }
    if (listed != null) {
      ((Map<String, Object>) listed).forEach((action, level) ->
          actions.put(action, AccessLevel.parse(level, where + ".actions." + action)));
    }
    return new AccessRule(AccessLevel.parse(map.get("min"), where + ".min"), Boolean.TRUE.equals(owned), actions);
  }
}
