package com.betterbros.props.history.core;

import com.betterbros.props.identity.NameKeys;
import com.betterbros.props.platforms.PlayerIds;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The players a history import or sync resolves its rows against, for one source ("nba", "espn"):
 * every stored player by id and by name key, and the source's links. Resolution (the identity
 * rule): the source's own id first; else, for a new id, the one linked player of the same name
 * that has no id of this source yet (a player another source created); else a new player. A name
 * without an id resolves only to a unique name match (two or more is an error, never a guess).
 * New players get the slug of their name as id ("lebron-james"), with "-2", "-3"... when taken.
 * Not thread-safe: one job uses it at a time.
 */
public final class PlayerDirectory {

  /** A resolution: the canonical id, or null and why not. */
  public record Resolved(String playerId, boolean created, String error) {}

  private final String source;
  private final Map<String, Player> players = new HashMap<>();
  private final Map<String, List<String>> byName = new HashMap<>();
  private final Map<String, String> bySourceId;
  private final Set<String> withSourceId = new HashSet<>();
  private final Set<String> linked;
  private final List<Player> newPlayers = new ArrayList<>();
  private final List<Identity> newIdentities = new ArrayList<>();

  public PlayerDirectory(String source, List<Player> stored, Map<String, String> sourceLinks, Set<String> linked) {
    this.source = source;
    this.bySourceId = new HashMap<>(sourceLinks);
    this.linked = new HashSet<>(linked);
    stored.forEach(this::index);
    withSourceId.addAll(sourceLinks.values());
  }

  /** Resolves one row's player (external id and name may each be null, not both). */
  public Resolved resolve(String externalId, String name, Instant now) {
    if (externalId != null && bySourceId.containsKey(externalId)) {
      return new Resolved(bySourceId.get(externalId), false, null);
    }
    List<String> sameName = name == null ? List.of() : candidates(name);
    if (externalId == null) {
      if (sameName.size() == 1) {
        return new Resolved(sameName.get(0), false, null);
      }
      if (sameName.size() > 1) {
        return new Resolved(null, false, "PLAYER_NAME '" + name + "' matches " + sameName.size() + " players ("
            + String.join(", ", sameName) + "); add PLAYER_ID");
      }
      return new Resolved(create(name, null, now), true, null);
    }
    List<String> unlinked = sameName.stream().filter(id -> linked.contains(id) && !withSourceId.contains(id))
        .toList();
    if (unlinked.size() == 1) {
      link(externalId, unlinked.get(0), "name", now);
      return new Resolved(unlinked.get(0), false, null);
    }
    if (name == null) {
      return new Resolved(null, false, source + " player " + externalId + " is not known yet and the row has no"
          + " PLAYER_NAME to create him with");
    }
    return new Resolved(create(name, externalId, now), true, null);
  }

  /** The stored or created player of this id (as last {@link #learn learned}), or null. */
  public Player player(String id) {
    return players.get(id);
  }

  /**
   * The one player of this name, for a source entry that carries no id (never creates one): null
   * when no player or several have the name.
   */
  public String uniqueByName(String name) {
    List<String> sameName = name == null ? List.of() : candidates(name);
    return sameName.size() == 1 ? sameName.get(0) : null;
  }

  /**
   * What a source says of a known player now (team, position; same id and name): later lookups
   * see it, and a player created since the last drain is drained with it.
   */
  public void learn(Player p) {
    Player known = players.get(p.id());
    if (known == null || !known.name().equals(p.name())) {
      throw new IllegalArgumentException("learn() keeps a known player's id and name: " + p);
    }
    players.put(p.id(), p);
    newPlayers.replaceAll(n -> n.id().equals(p.id()) ? p : n);
  }

  /** Players created since the last drain (to save before their box scores). */
  public List<Player> drainNewPlayers() {
    List<Player> out = List.copyOf(newPlayers);
    newPlayers.clear();
    return out;
  }

  /** Links made since the last drain. */
  public List<Identity> drainNewIdentities() {
    List<Identity> out = List.copyOf(newIdentities);
    newIdentities.clear();
    return out;
  }

  private List<String> candidates(String name) {
    Set<String> out = new LinkedHashSet<>();
    for (String key : NameKeys.keys(name)) {
      out.addAll(byName.getOrDefault(key, List.of()));
    }
    return List.copyOf(out);
  }

  private String create(String name, String externalId, Instant now) {
    String slug = PlayerIds.slug(name);
    String stem = !slug.isEmpty() ? slug : externalId != null ? source + "-" + externalId : source + "-player";
    String id = stem;
    for (int n = 2; players.containsKey(id); n++) {
      id = stem + "-" + n;
    }
    Player p = new Player(id, name.strip(), null, null);
    index(p);
    newPlayers.add(p);
    if (externalId != null) {
      link(externalId, id, "created", now);
    }
    return id;
  }

  private void link(String externalId, String playerId, String method, Instant now) {
    bySourceId.put(externalId, playerId);
    withSourceId.add(playerId);
    linked.add(playerId);
    newIdentities.add(new Identity(Identity.PLAYER, source, externalId, playerId, method, now));
  }

  private void index(Player p) {
    players.put(p.id(), p);
    byName.computeIfAbsent(NameKeys.of(p.name()), k -> new ArrayList<>()).add(p.id());
  }
}
