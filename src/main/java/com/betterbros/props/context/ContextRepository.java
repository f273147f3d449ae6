package com.betterbros.props.context;

import com.betterbros.props.context.api.InjuryReader;
import com.betterbros.props.context.core.ContextRows;
import com.betterbros.props.context.core.Injury;
import com.betterbros.props.store.SaveCounts;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;

/** Storage of injuries and observed context documents (weather readings), same contract in pg and memory. */
public interface ContextRepository extends InjuryReader {

  /**
   * Upserts injury spells keyed by (player id, start date), atomically, and counts how they landed
   * ({@link ContextRows#counts}).
   */
  Future<SaveCounts> saveInjuries(List<Injury> injuries);

  /** Stores (replaces) a context document, e.g. kind "weather", key a game id. */
  Future<Void> saveContext(String kind, String key, JsonObject payload);

  /** The stored document, or null. */
  Future<JsonObject> context(String kind, String key);
}
