package com.betterbros.props.model.api;

import io.vertx.core.Future;

/**
 * The model domain's registry of trained models, in-process: the experiments domain registers
 * what it trains and promotes through it, and the model domain's repository (the {@code models}
 * table, or memory) implements it. Promotion here only records the choice; nodes start serving
 * the model when the promotion event reaches them.
 */
public interface ModelRegistry {

  /** Registers a trained model (never production on insert); a duplicate id fails. */
  Future<Void> save(StoredModel model);

  /** The model, or null. */
  Future<StoredModel> find(String id);

  /** The production model, or null when none was promoted. */
  Future<StoredModel> production();

  /** Makes {@code id} the only production model, atomically; fails when the id is unknown. */
  Future<Void> promote(String id);
}
