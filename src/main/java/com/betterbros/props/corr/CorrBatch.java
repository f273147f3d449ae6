package com.betterbros.props.corr;

import com.betterbros.props.bus.Failures;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The groups of a {@code matrices} request, validated (400 {@code groups} naming the group), the
 * distinct ids they read, and the digest that keys the cached answer.
 */
final class CorrBatch {

  /** The most groups one call takes (a 300-leg single game needs 2,775 chunk pairs). */
  static final int MAX_GROUPS = 5_000;

  /** One group: its ids and, per id, whether the leg is the over. */
  record Group(List<String> ids, List<Boolean> overs) {}

  private CorrBatch() {}

  static List<Group> parse(JsonObject body) {
    Object value = body == null ? null : body.getValue("groups");
    if (!(value instanceof JsonArray groups) || groups.isEmpty() || groups.size() > MAX_GROUPS) {
      throw Failures.badRequest("groups", "groups must be an array of 1 to " + MAX_GROUPS
          + " {prop_ids, sides} objects");
    }
    List<Group> out = new ArrayList<>(groups.size());
    for (int g = 0; g < groups.size(); g++) {
      out.add(group(groups.getValue(g), g));
    }
    return out;
  }

  private static Group group(Object value, int g) {
    String where = "groups[" + g + "]";
    if (!(value instanceof JsonObject group) || !(group.getValue("prop_ids") instanceof JsonArray ids)) {
      throw Failures.badRequest("groups", where + ".prop_ids must be an array of prop ids");
    }
    List<String> list = new ArrayList<>();
    for (Object id : ids) {
      if (!(id instanceof String s) || s.isBlank()) {
        throw Failures.badRequest("groups", where + ".prop_ids must hold prop id strings");
      }
      list.add(s);
    }
    if (list.size() < 2 || list.size() > CorrServiceImpl.MAX_LEGS || new HashSet<>(list).size() != list.size()) {
      throw Failures.badRequest("groups", where + ".prop_ids must list 2 to " + CorrServiceImpl.MAX_LEGS
          + " distinct prop ids");
    }
    Object sides = group.getValue("sides");
    if (sides == null) {
      return new Group(List.copyOf(list), java.util.Collections.nCopies(list.size(), true));
    }
    if (!(sides instanceof JsonArray array) || array.size() != list.size()) {
      throw Failures.badRequest("groups", where + ".sides must give one of over|under per prop id");
    }
    List<Boolean> overs = new ArrayList<>();
    for (Object side : array) {
      if (!"over".equals(side) && !"under".equals(side)) {
        throw Failures.badRequest("groups", where + ".sides must be over or under, got '" + side + "'");
      }
      overs.add("over".equals(side));
    }
    return new Group(List.copyOf(list), List.copyOf(overs));
  }

  /** Every id the groups name, once. */
  static Set<String> ids(List<Group> groups) {
    Set<String> ids = new LinkedHashSet<>();
    groups.forEach(g -> ids.addAll(g.ids()));
    return ids;
  }

  /** SHA-256 of the groups, ids and sides in order: the cache key's tail. */
  static String digest(List<Group> groups) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Group g : groups) {
        sha.update((String.join(",", g.ids()) + ":" + g.overs() + ";").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
