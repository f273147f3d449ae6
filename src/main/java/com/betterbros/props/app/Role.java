package com.betterbros.props.app;

import com.betterbros.props.config.ConfigException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** What a node deploys ({@code BB_ROLES}); {@link DomainTable} says what each role's verticle is. */
public enum Role {
  GATEWAY(false, false),
  PROPS(true, true),
  HISTORY(true, true),
  CONTEXT(true, true),
  FEATURES(true, true),
  MODEL(true, true),
  EXPERIMENTS(true, true),
  CORR(true, true),
  OPTIMIZE(false, false),
  JOBS(true, false),
  EVAL(true, true),
  SNAPSHOTS(true, true),
  LIVE(false, false),
  WHATIF(true, true),
  KEYS(true, false),
  USERS(true, false);

  /** Whether the role's domain reads or writes the store (a node running none opens no store). */
  public final boolean usesStore;
  /**
   * Whether the role's domain reads the history, injuries or props (the records the synthetic season
   * fills and the history snapshot indexes): a node running none loads no season and builds no snapshot.
   */
  public final boolean readsHistory;

  Role(boolean usesStore, boolean readsHistory) {
    this.usesStore = usesStore;
    this.readsHistory = readsHistory;
  }

  /** Whether any of {@code roles} uses the store (else the node opens none). */
  public static boolean anyUsesStore(Set<Role> roles) {
    return roles.stream().anyMatch(r -> r.usesStore);
  }

  /** Whether any of {@code roles} reads the history (else the node loads no season and builds no snapshot). */
  public static boolean anyReadsHistory(Set<Role> roles) {
    return roles.stream().anyMatch(r -> r.readsHistory);
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
