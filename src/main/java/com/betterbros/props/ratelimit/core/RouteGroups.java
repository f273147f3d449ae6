package com.betterbros.props.ratelimit.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The route-group table, as data: rows {@code "METHOD /prefix"} (or {@code "* /prefix"} for any
 * method) naming a group; a request takes the group of the longest matching prefix, else
 * {@link #DEFAULT}. A prefix matches the path itself or a path under it ({@code /optimize} matches
 * {@code /optimize/slips}, not {@code /optimizer}).
 */
public final class RouteGroups {

  /** The group of every route no row names. */
  public static final String DEFAULT = "default";

  private final List<Row> rows;

  private RouteGroups(List<Row> rows) {
    this.rows = List.copyOf(rows);
  }

  /**
   * The table from each group's comma list of {@code "METHOD /prefix"} entries.
   *
   * @throws IllegalArgumentException naming the entry that is not {@code METHOD /prefix}
   */
  public static RouteGroups parse(Map<String, String> routesByGroup) {
    List<Row> rows = new ArrayList<>();
    routesByGroup.forEach((group, list) -> {
      for (String entry : list.split(",")) {
        String e = entry.trim();
        if (e.isEmpty()) {
          continue;
        }
        String[] parts = e.split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith("/") || !parts[0].matches("\\*|[A-Za-z]+")) {
          throw new IllegalArgumentException("route entry '" + e + "' of group " + group
              + " is not 'METHOD /prefix'");
        }
        String prefix = parts[1].length() > 1 && parts[1].endsWith("/")
            ? parts[1].substring(0, parts[1].length() - 1) : parts[1];
        rows.add(new Row(parts[0].toUpperCase(Locale.ROOT), prefix, group));
      }
    });
    return new RouteGroups(rows);
  }

  /** The group of a request. */
  public String groupOf(String method, String path) {
    Row best = null;
    for (Row r : rows) {
      if (r.matches(method, path) && (best == null || r.prefix.length() > best.prefix.length())) {
        best = r;
      }
    }
    return best == null ? DEFAULT : best.group;
  }

  /** The rows, in the order given: {@code METHOD /prefix -> group}. */
  public List<Row> rows() {
    return rows;
  }

  /** One row of the table. */
  public record Row(String method, String prefix, String group) {

    boolean matches(String requestMethod, String path) {
      if (!method.equals("*") && !method.equalsIgnoreCase(requestMethod)) {
        return false;
      }
      return path.equals(prefix) || prefix.equals("/")
          || path.startsWith(prefix) && path.charAt(prefix.length()) == '/';
    }
  }
}
