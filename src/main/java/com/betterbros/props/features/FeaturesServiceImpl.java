package com.betterbros.props.features;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.features.api.FeatureBatch;
import com.betterbros.props.features.api.FeatureBatchRequest;
import com.betterbros.props.features.api.FeatureQuery;
import com.betterbros.props.features.api.Features;
import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.features.api.SnapshotSource;
import com.betterbros.props.features.core.FeatureBuilder;
import com.betterbros.props.features.core.FeatureRequest;
import com.betterbros.props.features.core.FeatureSet;
import com.betterbros.props.features.core.HistoryIndex;
import com.betterbros.props.props.api.PropReader;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Cache;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Features over the node's shared {@link SnapshotSource} (its index). Each result is cached
 * {@code features.cache_ttl_s} (1 h) under a key with the feature-set and history versions;
 * feature computation runs on the bounded {@value #POOL} worker pool
 * ({@code features.compute_threads}), never on the event loop.
 */
final class FeaturesServiceImpl implements FeaturesService {

  static final int MAX_ITEMS = 1_000;
  static final String POOL = "features-compute";

  private final PropReader props;
  private final Cache cache;
  private final WorkerExecutor workers;
  private final SnapshotSource snapshots;
  private final Duration ttl;

  FeaturesServiceImpl(Vertx vertx, PropReader props, Cache cache, SnapshotSource snapshots, FeaturesConfig config) {
    this.props = props;
    this.cache = cache;
    this.snapshots = snapshots;
    this.ttl = config.cacheTtl();
    this.workers = vertx.createSharedWorkerExecutor(POOL, config.computeThreads());
  }

  @Override
  public Future<Features> forPlayer(String playerId, FeatureQuery query) {
    return Future.succeededFuture(query == null ? null : query.toJson())
        .map(q -> FeatureItem.fromQuery(playerId, q))
        .compose(item -> features(List.of(item)))
        .map(results -> new Features(results.get(0)));
  }

  @Override
  public Future<FeatureBatch> compute(FeatureBatchRequest body) {
    return Future.succeededFuture(body == null ? null : body.toJson()).map(FeaturesServiceImpl::items)
        .compose(this::features)
        .map(results -> new FeatureBatch(new JsonObject().put("items", new JsonArray(results))));
  }

  /** Closes the worker pool. */
  Future<Void> close() {
    return workers.close();
  }

  private static List<FeatureItem> items(JsonObject body) {
    Object raw = body == null ? null : body.getValue("items");
    if (!(raw instanceof JsonArray array)) {
      throw Failures.badRequest("items", "the body must be {\"items\": [{player_id, game_id, stat_type, line?}]}");
    }
    if (array.size() > MAX_ITEMS) {
      throw Failures.badRequest("items", "at most " + MAX_ITEMS + " items per request, got " + array.size());
    }
    List<FeatureItem> items = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      items.add(FeatureItem.fromBatch(array.getValue(i), i));
    }
    return items;
  }

  /** Resolves the items against the index and their lines, then answers from the cache or computes. */
  private Future<List<JsonObject>> features(List<FeatureItem> items) {
    return snapshots.get().compose(snap -> {
      HistoryIndex idx = snap.index();
      items.forEach(item -> item.resolve(idx, null)); // 404 / 422 before any other work
      List<Future<Resolved>> resolved = new ArrayList<>(items.size());
      for (FeatureItem item : items) {
        Future<Double> line = item.line() != null ? Future.succeededFuture(item.line()) : postedLine(item);
        resolved.add(line.map(l -> new Resolved(item.resolve(idx, l), item.line() != null ? "request"
            : l != null ? "prop" : null)));
      }
      return Future.all(resolved).compose(done -> answer(idx, snap.version(),
          resolved.stream().map(Future::result).toList()));
    });
  }

  private Future<List<JsonObject>> answer(HistoryIndex idx, String version, List<Resolved> requests) {
    List<Future<String>> hits = requests.stream().map(r -> cache.get(FeatureItem.cacheKey(version, r.request())))
        .toList();
    return Future.all(hits).compose(done -> {
      List<Integer> misses = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        if (hits.get(i).result() == null) {
          misses.add(i);
        }
      }
      Future<List<JsonObject>> computed = misses.isEmpty() ? Future.succeededFuture(List.of())
          : workers.executeBlocking(() -> misses.stream()
              .map(i -> featuresJson(FeatureBuilder.build(idx, requests.get(i).request()), requests.get(i).request()))
              .toList(), false);
      return computed.compose(values -> {
        List<Future<Void>> puts = new ArrayList<>();
        List<JsonObject> out = new ArrayList<>(requests.size());
        int m = 0;
        for (int i = 0; i < requests.size(); i++) {
          JsonObject features;
          if (m < misses.size() && misses.get(m) == i) {
            features = values.get(m++);
            puts.add(cache.put(FeatureItem.cacheKey(version, requests.get(i).request()), features.encode(),
                ttl));
          } else {
            features = new JsonObject(hits.get(i).result());
          }
          out.add(requests.get(i).toJson(features));
        }
        return Future.join(puts).otherwiseEmpty().map(out);
      });
    });
  }

  /** The line of the posted prop for this player, game and stat (first by id: prizepicks, then underdog), or null. */
  private Future<Double> postedLine(FeatureItem item) {
    return props.find(new PropQuery(null, null, item.statType(), item.playerId(), null, item.gameId(),
            null, null, null, 10, 0))
        .map(page -> page.items().stream()
            .filter(p -> p.playerId().equals(item.playerId()))
            .map(Prop::line)
            .findFirst()
            .orElse(null));
  }

  private static JsonObject featuresJson(double[] values, FeatureRequest req) {
    JsonObject features = new JsonObject();
    for (int i = 0; i < values.length; i++) {
      String name = FeatureSet.NAMES.get(i);
      boolean absent = Double.isNaN(values[i]) || (req.line() == null && FeatureSet.LINE_RELATIVE.contains(name));
      features.put(name, absent ? null : values[i]);
    }
    return features;
  }

  /** A request with its line settled, and where the line came from ("request", "prop" or null). */
  private record Resolved(FeatureRequest request, String lineSource) {

    JsonObject toJson(JsonObject features) {
      return new JsonObject()
          .put("player_id", request.playerId())
          .put("game_id", request.gameId())
          .put("stat_type", request.statType())
          .put("line", request.line())
          .put("line_source", lineSource)
          .put("feature_set_version", FeatureSet.VERSION)
          .put("features", features);
    }
  }
}
