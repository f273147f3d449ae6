package com.betterbros.props.model;

import com.betterbros.props.model.api.StoredModel;
import io.vertx.core.Future;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** In-memory models (embedded mode); same contract as {@link PgModelRepository}. */
public final class MemoryModelRepository implements ModelRepository {

  private final Map<String, StoredModel> models = new LinkedHashMap<>();

  @Override
  public synchronized Future<Void> save(StoredModel model) {
    if (model.id() == null || models.containsKey(model.id())) {
      return Future.failedFuture(new IllegalArgumentException("duplicate or missing model id: " + model.id()));
    }
    models.put(model.id(), withProduction(model, false));
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<StoredModel> find(String id) {
    return Future.succeededFuture(id == null ? null : models.get(id));
  }

  @Override
  public synchronized Future<StoredModel> production() {
    return Future.succeededFuture(models.values().stream().filter(StoredModel::production).findFirst().orElse(null));
  }

  @Override
  public synchronized Future<Void> promote(String id) {
    if (id == null || !models.containsKey(id)) {
      return Future.failedFuture(new IllegalArgumentException("unknown model id: " + id));
    }
    models.replaceAll((key, m) -> withProduction(m, key.equals(id)));
    return Future.succeededFuture();
  }

  @Override
  public synchronized Future<List<StoredModel>> list() {
    return Future.succeededFuture(models.values().stream()
        .sorted(Comparator.comparing(StoredModel::createdAt).reversed().thenComparing(StoredModel::id))
        .toList());
  }

  private static StoredModel withProduction(StoredModel m, boolean production) {
    return new StoredModel(m.id(), m.modelType(), m.featureSetVersion(), m.provenance(), m.metrics(),
        m.payload(), m.createdAt(), production);
  }
}
