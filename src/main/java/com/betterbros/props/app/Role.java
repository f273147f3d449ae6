package com.betterbros.props.app;

import com.betterbros.props.config.ConfigException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a node deploys ({@code BB_ROLES}); {@link DomainTable} says what each role's verticle is. */
public enum Role {
  GATEWAY(false),
  PROPS(true),
  HISTORY(true),
  CONTEXT(true),
  FEATURES(true),
  MODEL(true),
  EXPERIMENTS(true),
  CORR(true),
  OPTIMIZE(false),
  JOBS(true),
  EVAL(true),
  SNAPSHOTS(true),
  LIVE(false),
  WHATIF(true),
  KEYS(true),
  USERS(true);

  /** Whether the role's domain reads or writes the store (a node running none opens no store). */
  public final boolean usesStore;

  Role(boolean usesStore) {
    this.usesStore = usesStore;
  }

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
        throw new ConfigException(key, "has unknown role '" + n + "' (use all or " + Arrays.stream(values())
            .map(r -> r.name().toLowerCase(Locale.ROOT)).toList() + ")");
      }
    }
    return roles;
  }
}
