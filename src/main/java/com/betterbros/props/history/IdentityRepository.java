package com.betterbros.props.history;

import com.betterbros.props.history.core.Identity;
import com.betterbros.props.history.core.UnmatchedPlayer;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The identity layer's storage (PostgreSQL or memory, same contract): external ids to canonical
 * ids, and the board players no one matched. A recorded identity is never overwritten: the first
 * link of an external id wins ({@link #record} skips ids already linked), except through
 * {@link #relink}, the manual alias.
 */
public interface IdentityRepository {

  /** The canonical ids of those external ids of {@code kind} and {@code source} that are linked. */
  Future<Map<String, String>> lookup(String kind, String source, Collection<String> externalIds);

  /** Every link of one kind and source: external id -> canonical id. */
  Future<Map<String, String>> all(String kind, String source);

  /** Links external ids not yet linked; answers how many were new. */
  Future<Integer> record(List<Identity> identities);

  /** Links one external id to a canonical id, replacing any earlier link (a manual alias). */
  Future<Void> relink(Identity identity);

  /** Every identity of a canonical id, ordered by source then external id. */
  Future<List<Identity>> of(String kind, String canonicalId);

  /** Every canonical id of {@code kind} that has at least one identity. */
  Future<Set<String>> linked(String kind);

  /** Replaces the unmatched players of a source with the given ones (the latest board's). */
  Future<Void> replaceUnmatched(String source, List<UnmatchedPlayer> players);

  /** Drops one unmatched player (a manual alias resolved him). */
  Future<Void> clearUnmatched(String source, String nameKey);

  /** Unmatched players by most props, then name ({@code source} null: every source). */
  Future<Page<UnmatchedPlayer>> unmatched(String source, int limit, int offset);
}
