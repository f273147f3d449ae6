package com.betterbros.props.model;

import io.vertx.core.Future;
import java.util.List;

/** Storage of trained models (PostgreSQL or in-memory, same contract). */
public interface ModelRepository {

  /** Inserts a model (never production on insert); a duplicate id fails. */
  Future<Void> save(StoredModel model);

  /** The model, or null. */
  Future<StoredModel> find(String id);

  /** The production model, or null when none was promoted. */
  Future<StoredModel> production();

  /** Makes {@code id} the only production model, atomically; fails when the id is unknown. */
  Future<Void> promote(String id);

  /** Every model, newest first. */
  Future<List<StoredModel>> list();
}
