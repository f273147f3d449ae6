package com.betterbros.props.platforms;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Normalizes platform stat names to the service's stat types, per sport.
 *
 * <p>{@code "Pts+Rebs+Asts"} (PrizePicks), {@code "pts_rebs_asts"} (Underdog key),
 * {@code "Pts + Rebs + Asts"} (Underdog display) and {@code "PRA"} all give
 * {@code "pts_rebs_asts"}; {@code "3-PT Made"}, {@code "three_points_made"} and
 * {@code "3-Pointers Made"} give {@code "threes"}. The same name can mean different things in
 * different sports (Underdog's NFL {@code "assists"} are assisted tackles), so lookups are per
 * sport.
 * The catalogue, with every alias, is in {@code StatCatalogue}. Names not in it are unknown:
 * parsers skip those props as {@code "unknown_stat_type"}.
 */
public final class StatTypes {

  /** Sport code to (alias key to canonical stat type). */
  private static final Map<String, Map<String, String>> INDEX = buildIndex();

  private StatTypes() {
  }

  /**
   * The canonical stat type for {@code raw} in {@code sport} (any code {@link Sports#normalize}
   * accepts), or empty if the sport has no catalogue or the name is not in it.
   */
  public static Optional<String> normalize(String sport, String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    Map<String, String> aliases = INDEX.get(Sports.normalize(sport));
    return aliases == null ? Optional.empty() : Optional.ofNullable(aliases.get(key(raw)));
  }

  /** The canonical stat types known for {@code sport}, in catalogue order; empty if none. */
  public static Set<String> known(String sport) {
    Map<String, List<String>> family = StatCatalogue.BY_SPORT.get(Sports.normalize(sport));
    return family == null
        ? Set.of()
        : Collections.unmodifiableSet(new LinkedHashSet<>(family.keySet()));
  }

  /**
   * The lookup key of a stat name: lower case, every run of characters other than a-z and 0-9
   * replaced by one '_', no leading or trailing '_' ({@code "Pts + Rebs"} gives
   * {@code "pts_rebs"}).
   */
  static String key(String raw) {
    String lower = raw.toLowerCase(Locale.ROOT);
    StringBuilder key = new StringBuilder(lower.length());
    boolean pendingSeparator = false;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingSeparator && !key.isEmpty()) {
          key.append('_');
        }
        pendingSeparator = false;
        key.append(c);
      } else {
        pendingSeparator = true;
      }
    }
    return key.toString();
  }

  private static Map<String, Map<String, String>> buildIndex() {
    Map<String, Map<String, String>> index = new HashMap<>();
    StatCatalogue.BY_SPORT.forEach((sport, family) -> {
      Map<String, String> aliases = new HashMap<>();
      family.forEach((canonical, names) -> names.forEach(name -> {
        String previous = aliases.put(key(name), canonical);
        if (previous != null && !previous.equals(canonical)) {
          throw new IllegalStateException(sport + " alias '" + name + "' is claimed by both "
              + previous + " and " + canonical);
        }
      }));
      index.put(sport, Map.copyOf(aliases));
    });
    return Map.copyOf(index);
  }
}
