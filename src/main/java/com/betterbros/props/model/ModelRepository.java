package com.betterbros.props.model;

import com.betterbros.props.model.api.ModelRegistry;
import com.betterbros.props.model.api.StoredModel;
import io.vertx.core.Future;
import java.util.List;

/** Storage of trained models (PostgreSQL or in-memory, same contract): the registry, and the list of all. */
public interface ModelRepository extends ModelRegistry {

  /** Every model, newest first. */
  Future<List<StoredModel>> list();
}
