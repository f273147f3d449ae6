package com.betterbros.props.model;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.history.core.Game;
import com.betterbros.props.history.core.Player;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.ModelStatus;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.model.api.PredictionBatch;
import com.betterbros.props.model.api.ProductionModel;
import com.betterbros.props.model.api.StoredModelView;
import com.betterbros.props.model.core.Contribution;
import com.betterbros.props.model.core.Dataset;
import com.betterbros.props.model.core.LegPrediction;
import com.betterbros.props.model.core.PredictionInput;
import com.betterbros.props.model.core.PropModel;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Batch prediction with the production model. Legs are resolved against the node's history
 * snapshot, cached answers ({@code model.cache_ttl_s}, 5 min; keyed by model id, history version,
 * leg and line, so a promotion, an import or a line move misses)
 * are reused, and the rest go through ONE batch {@link PropModel#predict} call.
 */
public final class ModelServiceImpl implements ModelService {

  private final ModelState state;
  private final SnapshotSource snapshots;
  private final PropReader props;
  private final Cache cache;
  private final Duration ttl;
  private final ServedLog served;
  /** Cached predictions' texts, parsed once (5,000 texts: a board's legs under a few payout terms). */
  private final ParsedPredictions parsedHits = new ParsedPredictions(5_000);
  private final java.time.Clock clock;
  private final io.micrometer.core.instrument.MeterRegistry meters;

  /**
   * {@code clock}: the node's props clock, which says whether a served prop is still open; {@code
   * meters}: counts {@code bb_predictions_served_total} by model version (null: not counted).
   */
  ModelServiceImpl(ModelState state, SnapshotSource snapshots, PropReader props, Cache cache, Duration ttl,
      ServedLog served, java.time.Clock clock, io.micrometer.core.instrument.MeterRegistry meters) {
    this.clock = clock;
    this.meters = meters;
    this.state = state;
    this.snapshots = snapshots;
    this.props = props;
    this.cache = cache;
    this.ttl = ttl;
    this.served = served;
  }

  @Override
  public Future<PredictionBatch> predict(PredictRequest body) {
    PredictionRequest request;
    try {
      request = PredictionRequest.parse(body == null ? null : body.toJson());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    ProductionModel.Loaded loaded = state.current();
    if (loaded == null) {
      return Future.failedFuture(Failures.unavailable(state.whyNoModel()));
    }
    return snapshots.get().compose(snapshot -> LegResolver.resolve(request, snapshot, props)
        .compose(outcomes -> {
          List<LegResolver.Outcome> checked = new ArrayList<>(outcomes.size());
          for (LegResolver.Outcome o : outcomes) {
            if (o.leg() != null && !loaded.model().statTypes().contains(o.leg().statType())) {
              checked.add(LegResolver.Outcome.error(o.leg().propId(), "unsupported_stat_type", 422,
                  "the production model " + loaded.stored().id() + " was not trained for stat type "
                      + o.leg().statType() + " (trained: " + loaded.model().statTypes() + ")"));
            } else {
              checked.add(o);
            }
          }
          return answer(loaded, request, checked, snapshot.version()).map(PredictionBatch::new);
        }));
  }

  @Override
  public Future<ModelStatus> status() {
    ProductionModel.Loaded loaded = state.current();
    JsonObject status = loaded == null
        ? new JsonObject().put("status", "none")
        : new JsonObject().put("status", "ready").put("model", StoredModelView.of(loaded.stored()).toJson());
    return Future.succeededFuture(new ModelStatus(status.put("node_id", state.nodeId())));
  }

  /** Predicts the items that resolved; the others keep their error, in request order. */
  private Future<JsonObject> answer(ProductionModel.Loaded loaded, PredictionRequest request,
      List<LegResolver.Outcome> outcomes, String historyVersion) {
    List<Leg> legs = outcomes.stream().map(LegResolver.Outcome::leg).filter(l -> l != null).toList();
    return predicted(loaded, request, legs, historyVersion).map(reply -> {
      JsonArray predictions = reply.getJsonArray("items");
      JsonArray items = new JsonArray();
      int next = 0;
      int errors = 0;
      for (LegResolver.Outcome o : outcomes) {
        if (o.leg() != null) {
          items.add(predictions.getValue(next++));
        } else {
          items.add(o.error());
          errors++;
        }
      }
      return reply.put("items", items).put("predicted", legs.size()).put("errors", errors);
    });
  }

  private Future<JsonObject> predicted(ProductionModel.Loaded loaded, PredictionRequest request, List<Leg> legs,
      String historyVersion) {
    String modelId = loaded.stored().id();
    List<Future<String>> hits = new ArrayList<>(legs.size());
    for (Leg leg : legs) {
      hits.add(request.explain() ? Future.succeededFuture(null) : cache.get(cacheKey(modelId, historyVersion, leg, request)));
    }
    return Future.join(hits).transform(ignored -> {
      JsonObject[] out = new JsonObject[legs.size()];
      List<Integer> misses = new ArrayList<>();
      for (int i = 0; i < legs.size(); i++) {
        String hit = hits.get(i).succeeded() ? hits.get(i).result() : null;
        if (hit != null) {
          out[i] = parsedHits.of(hit);
        } else {
          misses.add(i);
        }
      }
      computeMisses(loaded, request, legs, misses, out);
      if (!request.explain()) {
        for (int i : misses) {
          cache.put(cacheKey(modelId, historyVersion, legs.get(i), request), out[i].encode(), ttl);
        }
      }
      served.record(legs, out, request, java.time.Instant.now(), clock.instant());
      if (meters != null && !legs.isEmpty()) {
        meters.counter("bb_predictions_served", "model_version", modelId).increment(legs.size());
      }
      return Future.succeededFuture(new JsonObject()
          .put("model_version", modelId)
          .put("items", new JsonArray(List.of(out))));
    });
  }

  private static void computeMisses(ProductionModel.Loaded loaded, PredictionRequest request, List<Leg> legs,
      List<Integer> misses, JsonObject[] out) {
    if (misses.isEmpty()) {
      return;
    }
    List<PredictionInput> inputs = new ArrayList<>(misses.size());
    for (int i : misses) {
      inputs.add(legs.get(i).input());
    }
    List<LegPrediction> predictions = loaded.model().predict(inputs);
    List<List<Contribution>> explanations = request.explain() ? loaded.model().explain(inputs, 5) : null;
    for (int k = 0; k < misses.size(); k++) {
      int i = misses.get(k);
      out[i] = PredictionJson.of(legs.get(i), predictions.get(k), loaded.stored().id(), request,
          explanations == null ? null : explanations.get(k));
    }
  }

  /** The key of a cached answer: model, history version, leg, line, payout terms and slip. */
  private static String cacheKey(String modelId, String historyVersion, Leg leg, PredictionRequest request) {
    return "pred:v4:" + modelId + ":" + historyVersion + ":" + leg.key() + ":" + leg.line() + ":" + leg.platform() + ":"
        + leg.terms().oddsType() + "/" + leg.terms().sides() + "/" + leg.terms().overMultiplier() + "/"
        + leg.terms().underMultiplier() + ":"
        + (request.slipPlatform() == null ? "-" : request.slipPlatform()) + ":" + request.slipLegs();
  }

  /** A resolved leg: the prop (if one was named), its features, and where it came from. */
  record Leg(String propId, String platform, String playerId, String gameId, String statType, double line,
      com.betterbros.props.props.core.LineTerms terms, FeatureRequest request, LazyFeatures featureVector,
      java.time.Instant startTime, String status) {

    /** The leg's features, built on first use ({@link LazyFeatures}): a cached answer needs none. */
    double[] features() {
      return featureVector.get();
    }

    PredictionInput input() {
      return new PredictionInput(statType, line, features());
    }

    String key() {
      return propId != null ? propId : playerId + "|" + gameId + "|" + statType;
    }

    static Leg of(Prop prop, Game game, com.betterbros.props.features.core.HistoryIndex index) {
      FeatureRequest r = Dataset.requestFor(prop, game);
      return new Leg(prop.id(), prop.platform(), prop.playerId(), game.id(), prop.statType(), prop.line(),
          prop.terms(), r, new LazyFeatures(index, r), prop.startTime(), prop.status());
    }

    static Leg of(Player player, String team, Game game, String statType, double line, String platform,
        com.betterbros.props.features.core.HistoryIndex index) {
      FeatureRequest r = Dataset.requestFor(player.id(), team, statType, line, game);
      return new Leg(null, platform, player.id(), game.id(), statType, line,
          com.betterbros.props.props.core.LineTerms.STANDARD, r, new LazyFeatures(index, r), game.startTime(), null);
    }
  }
}
