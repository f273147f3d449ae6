package com.betterbros.props.corr;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.corr.api.CorrMatrices;
import com.betterbros.props.corr.api.CorrMatricesRequest;
import com.betterbros.props.corr.api.CorrMatrix;
import com.betterbros.props.corr.api.CorrMatrixQuery;
import com.betterbros.props.corr.api.CorrRelated;
import com.betterbros.props.corr.api.CorrRelatedQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.corr.core.CorrelationEstimator;
import com.betterbros.props.corr.core.LegRef;
import com.betterbros.props.corr.core.PairEstimate;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistorySnapshot;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Correlations over the data snapshot, residuals against the production model's means; matrices
 * cached {@code corr.cache_ttl_s} (1 h) under a key with the feature-set version and the model id.
 */
public final class CorrServiceImpl implements CorrService {

  static final int MAX_LEGS = 8;

  private final SnapshotSource snapshots;
  private final PropReader props;
  private final Cache cache;
  private final Duration ttl;
  private final Supplier<ProductionModel.Loaded> model;
  private HistorySnapshot estimatorSnapshot;
  private ProductionModel.Loaded estimatorModel;
  private CorrelationEstimator estimator;

  /** {@code model} gives the production model whose means the residuals use (null: none yet). */
  public CorrServiceImpl(SnapshotSource snapshots, PropReader props, Cache cache,
      Supplier<ProductionModel.Loaded> model, Duration ttl) {
    this.snapshots = snapshots;
    this.props = props;
    this.cache = cache;
    this.ttl = ttl;
    this.model = model;
  }

  @Override
  public Future<CorrMatrix> matrix(CorrMatrixQuery query) {
    List<String> ids;
    List<Boolean> overs;
    try {
      QueryParams q = new QueryParams(query == null ? null : query.toJson());
      ids = csv(q.string("prop_ids"), "prop_ids");
      if (ids.size() < 2 || ids.size() > MAX_LEGS || new HashSet<>(ids).size() != ids.size()) {
        throw Failures.badRequest("prop_ids", "prop_ids must list 2 to " + MAX_LEGS + " distinct prop ids");
      }
      overs = sides(q.string("sides"), ids.size());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    ProductionModel.Loaded loaded = model.get();
    return snapshots.get().compose(snap -> {
      String key = "corr:v3:" + FeatureSet.VERSION + ":" + modelVersion(loaded) + ":" + snap.version() + ":"
          + String.join(",", ids) + ":" + overs;
      return cache.get(key).compose(hit -> hit != null ? Future.succeededFuture(new JsonObject(hit))
          : props.findByIds(ids).map(found -> {
            List<LegRef> legs = new ArrayList<>();
            for (int i = 0; i < ids.size(); i++) {
              legs.add(leg(snap, found.get(ids.get(i)), ids.get(i), overs.get(i), "prop_ids"));
            }
            CorrelationEstimator est = estimator(snap, loaded);
            return CorrJson.matrix(legs, est.matrix(legs), est, modelVersion(loaded));
          }).compose(json -> cache.put(key, json.encode(), ttl).map(json)));
    }).map(CorrMatrix::new);
  }

  @Override
  public Future<CorrMatrices> matrices(CorrMatricesRequest request) {
    List<CorrBatch.Group> groups;
    try {
      groups = CorrBatch.parse(request == null ? null : request.toJson());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    ProductionModel.Loaded loaded = model.get();
    return snapshots.get().compose(snap -> {
      String key = "corr:v3:" + FeatureSet.VERSION + ":" + modelVersion(loaded) + ":" + snap.version() + ":batch:"
          + CorrBatch.digest(groups);
      // one read of the props store for every group's ids
      return cache.get(key).compose(hit -> hit != null ? Future.succeededFuture(new JsonObject(hit))
          : props.findByIds(CorrBatch.ids(groups)).map(found -> matrices(snap, loaded, groups, found))
              .compose(json -> cache.put(key, json.encode(), ttl).map(json)));
    }).map(CorrMatrices::new);
  }

  // each group's matrix exactly as matrix() answers it
  private JsonObject matrices(HistorySnapshot snap, ProductionModel.Loaded loaded, List<CorrBatch.Group> groups,
      java.util.Map<String, Prop> found) {
    CorrelationEstimator est = estimator(snap, loaded);
    JsonArray out = new JsonArray();
    for (CorrBatch.Group g : groups) {
      List<LegRef> legs = new ArrayList<>();
      for (int i = 0; i < g.ids().size(); i++) {
        legs.add(leg(snap, found.get(g.ids().get(i)), g.ids().get(i), g.overs().get(i), "prop_ids"));
      }
      out.add(CorrJson.matrix(legs, est.matrix(legs), est, modelVersion(loaded)).getJsonArray("matrix"));
    }
    return new JsonObject().put("matrices", out);
  }

  @Override
  public Future<CorrRelated> related(CorrRelatedQuery query) {
    String id;
    int limit;
    try {
      QueryParams q = new QueryParams(query == null ? null : query.toJson());
      id = q.string("prop_id");
      if (id == null) {
        throw Failures.badRequest("prop_id", "prop_id is required");
      }
      limit = q.integer("limit", 10, 1, 50);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    ProductionModel.Loaded loaded = model.get();
    return Future.all(snapshots.get(), props.findById(id)).compose(all -> {
      HistorySnapshot snap = all.resultAt(0);
      Prop prop = all.resultAt(1);
      LegRef target = leg(snap, prop, id, true, "prop_id");
      return props.find(new PropQuery(null, null, null, null, null, prop.gameId(), null, null, null, 500, 0))
          .map(page -> new CorrRelated(related(snap, loaded, target, prop, page.items(), limit)));
    });
  }

  private JsonObject related(HistorySnapshot snap, ProductionModel.Loaded loaded, LegRef target, Prop prop,
      List<Prop> sameGame, int limit) {
    String id = prop.id();
    CorrelationEstimator est = estimator(snap, loaded);
    Set<String> seen = new HashSet<>();
    List<JsonObject> rows = new ArrayList<>();
    for (Prop other : sameGame) {
      if (!prop.gameId().equals(other.gameId()) || other.id().equals(id) || !FeatureSet.supports(other.statType())
          || !other.platform().equals(prop.platform()) || !seen.add(other.playerId() + "|" + other.statType())) {
        continue;
      }
      if (other.playerId().equals(prop.playerId()) && other.statType().equals(prop.statType())) {
        continue;
      }
      PairEstimate e = est.estimate(target, leg(snap, other, other.id(), true, "prop_id"));
      rows.add(CorrJson.related(other, e));
    }
    rows.sort(Comparator.comparingDouble((JsonObject r) -> -Math.abs(r.getDouble("rho"))));
    return new JsonObject().put("prop_id", id).put("items", new JsonArray(rows.subList(0, Math.min(limit, rows.size()))))
        .put("total", rows.size())
        .put("residual_mean", est.meanSource(target))
        .put("model_version", est.meanSource(target).equals("model") ? modelVersion(loaded) : null);
  }

  /** The estimator of this snapshot and model, rebuilt (residual memo dropped) when either changes. */
  private synchronized CorrelationEstimator estimator(HistorySnapshot snap, ProductionModel.Loaded loaded) {
    if (estimatorSnapshot != snap || estimatorModel != loaded) {
      estimator = new CorrelationEstimator(snap.index(), loaded == null ? null : loaded.model());
      estimatorSnapshot = snap;
      estimatorModel = loaded;
    }
    return estimator;
  }

  private static String modelVersion(ProductionModel.Loaded loaded) {
    return loaded == null ? null : loaded.stored().id();
  }

  private static LegRef leg(HistorySnapshot snap, Prop prop, String id, boolean over, String field) {
    if (prop == null) {
      throw Failures.notFound("no prop with id '" + id + "'");
    }
    Game game = snap.gamesById().get(prop.gameId());
    if (game == null || !FeatureSet.supports(prop.statType()) || !snap.playersById().containsKey(prop.playerId())
        || snap.index().playerStatsBefore(prop.playerId(), game.date()).isEmpty()) {
      throw Failures.unprocessable(field, "prop '" + id + "' has no player history to estimate from ("
          + prop.sport() + " " + prop.statType() + ")");
    }
    return new LegRef(id, prop.playerId(), prop.team(), prop.statType(), game.id(), game.date(), over);
  }

  private static List<String> csv(String value, String field) {
    if (value == null) {
      throw Failures.badRequest(field, field + " is required (comma-separated)");
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  private static List<Boolean> sides(String value, int n) {
    if (value == null) {
      return java.util.Collections.nCopies(n, true);
    }
    List<String> s = csv(value, "sides");
    if (s.size() != n) {
      throw Failures.badRequest("sides", "sides must give one of over|under per prop id (" + n + ")");
    }
    List<Boolean> out = new ArrayList<>();
    for (String side : s) {
      if (!side.equals("over") && !side.equals("under")) {
        throw Failures.badRequest("sides", "sides must be over or under, got '" + side + "'");
      }
      out.add(side.equals("over"));
    }
    return out;
  }
}
