package com.betterbros.props.app;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a node deploys ({@code BB_ROLES}). */
public enum Role {
  GATEWAY,
  PROPS,
  HISTORY,
  CONTEXT,
  FEATURES,
  MODEL,
  EXPERIMENTS,
  CORR,
  OPTIMIZE,
  JOBS;

  /** Parses "all" or a comma list; an unknown role fails naming the key. */
  public static Set<Role> parse(List<String> names, String key) {
    if (names.isEmpty() || names.contains("all")) {
      return EnumSet.allOf(Role.class);
    }
    EnumSet<Role> roles = EnumSet.noneOf(Role.class);
    for (String n : names) {
      try {
        roles.add(Role.valueOf(n.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new ConfigException(key, "has unknown role '" + n + "' (use all or " + java.util.Arrays.stream(values())
            .map(r -> r.name().toLowerCase(Locale.ROOT)).toList() + ")");
      }
    }
    return roles;
  }
}
