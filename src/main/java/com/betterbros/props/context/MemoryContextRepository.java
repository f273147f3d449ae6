package com.betterbros.props.context;

import com.betterbros.props.context.core.ContextRows;
import com.betterbros.props.context.core.Injury;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Injuries and context documents in memory, with the same contract as {@link PgContextRepository}.
 * Documents are kept as their JSON text, as PostgreSQL keeps them: what the caller does to its
 * object afterwards does not change what is stored, and every read returns a new object.
 */
public final class MemoryContextRepository implements ContextRepository {

  private record InjuryKey(String playerId, LocalDate startDate) {}

  private record DocumentKey(String kind, String key) {}

  private final Map<InjuryKey, Injury> injuries = new ConcurrentHashMap<>();
  private final Map<DocumentKey, String> documents = new ConcurrentHashMap<>();

  /** Upserts injury spells keyed by (player id, start date); all or nothing. */
  @Override
  public synchronized Future<SaveCounts> saveInjuries(List<Injury> rows) {
    List<Injury> checked;
    try {
      checked = ContextRows.checked(rows);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    List<Injury> stored = checked.stream().map(i -> injuries.get(new InjuryKey(i.playerId(), i.startDate())))
        .filter(java.util.Objects::nonNull).toList();
    SaveCounts counts = ContextRows.counts(checked, stored);
    checked.forEach(i -> injuries.put(new InjuryKey(i.playerId(), i.startDate()), i));
    return Future.succeededFuture(counts);
  }

  /** Injuries of a team (null = all) covering a date (null = any), by start date then player id. */
  @Override
  public synchronized Future<List<Injury>> injuries(String teamId, LocalDate onDate) {
    return Future.succeededFuture(injuries.values().stream()
        .filter(i -> ContextRows.matches(i, teamId, onDate))
        .sorted(ContextRows.INJURY_ORDER)
        .toList());
  }

  /** Stores (replaces) the document under (kind, key). */
  @Override
  public Future<Void> saveContext(String kind, String key, JsonObject payload) {
    try {
      ContextRows.checkDocument(kind, key, payload);
      documents.put(new DocumentKey(kind, key), payload.encode());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return Future.succeededFuture();
  }

  /** A fresh copy of the stored document, or null. */
  @Override
  public Future<JsonObject> context(String kind, String key) {
    String text = kind == null || key == null ? null : documents.get(new DocumentKey(kind, key));
    return Future.succeededFuture(text == null ? null : new JsonObject(text));
  }
}
