package com.betterbros.props.experiments;

import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.experiments.core.ExperimentSpec;
import com.betterbros.props.experiments.core.HoldoutRow;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.model.api.StoredModel;
import com.betterbros.props.model.core.DataSnapshot;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonObject;

/**
 * The comparison a promotion makes before it replaces the production model: no production model
 * (or one of another feature set, which is never served) needs none; otherwise
 * {@link PromotionCheck} scores both on the candidate's holdout on a one-thread worker pool
 * ({@value #POOL}). The answer is the comparison JSON, with a {@code refusal} sentence when the
 * candidate is worse in Brier or cannot be compared fairly.
 */
final class Promotions {

  static final String POOL = "promotion-check";

  private final ExperimentsStores stores;
  private final SnapshotSource snapshots;
  private final WorkerExecutor workers;

  Promotions(Vertx vertx, ExperimentsStores stores, SnapshotSource snapshots, int threads) {
    this.stores = stores;
    this.snapshots = snapshots;
    this.workers = vertx.createSharedWorkerExecutor(POOL, threads);
  }

  Future<JsonObject> compare(Experiment candidate) {
    return Future.all(stores.models().find(candidate.modelId()), stores.models().production()).compose(all -> {
      StoredModel mine = all.resultAt(0);
      StoredModel production = all.resultAt(1);
      boolean none = production == null || !production.servable();
      if (none || production.id().equals(mine.id())) {
        return Future.succeededFuture(new JsonObject().put("metric", "brier").put("comparable", false)
            .put("reason", none ? "no production model to compare with" : "already the production model"));
      }
      ExperimentSpec spec = ExperimentRequests.parse(candidate.request());
      Future<Page<HoldoutRow>> holdout = stores.experiments().predictions(candidate.id(), Integer.MAX_VALUE, 0);
      Future<Page<Prop>> props = stores.props().find(PropQuery.all(Integer.MAX_VALUE, 0));
      return Future.all(snapshots.get(), holdout, props).compose(ready -> workers.<JsonObject>executeBlocking(() -> {
        HistorySnapshot history = ready.resultAt(0);
        DataSnapshot data = DataSnapshot.of(history, props.result().items());
        PropModel current = PropModel.deserialize(production.payload());
        PromotionCheck.Comparison c = PromotionCheck.compare(data, history.index(), spec, mine.provenance(),
            holdout.result().items(), current, production.provenance());
        JsonObject json = c.toJson(mine.id(), production.id());
        if (!c.comparable()) {
          json.put("refusal", "the candidate cannot be compared fairly with production model " + production.id()
              + ": " + c.reason());
        } else if (c.candidateWorse()) {
          json.put("refusal", String.format(java.util.Locale.ROOT, "the candidate's brier %.5f is worse than"
              + " production model %s's %.5f on the same %d holdout rows", c.candidate().brier(), production.id(),
              c.production().brier(), c.rows()));
        }
        return json;
      }, false));
    });
  }
}
