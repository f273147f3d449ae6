package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.history.HistoryService;
import com.betterbros.props.model.ModelService;
import com.betterbros.props.model.SupportedStats;
import com.betterbros.props.props.PropsService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The current board, priced: every open prop ({@link PropsService#list} status=open, pages of
 * {@value #PAGE}) of a sport and stat type the models predict ({@link SupportedStats}; the others
 * would be a 422 from the model, so they are skipped), with p_over from {@link
 * ModelService#predict} in batches of up to {@value #PREDICT_BATCH} ids (one call for any board
 * of that size or less).
 */
final class OpenBoard {

  /** The props service's largest page. */
  static final int PAGE = 500;
  /** The model service's largest batch. */
  static final int PREDICT_BATCH = 10_000;

  /**
   * The priced board and the model that priced it.
   *
   * @param modelVersion the production model's id
   * @param props the priced open props
   */
  record Priced(String modelVersion, List<SlipDetection.PricedProp> props) {}

  private final ModelService model;
  private final PropsService props;
  private final HistoryService history;

  OpenBoard(ModelService model, PropsService props, HistoryService history) {
    this.model = model;
    this.props = props;
    this.history = history;
  }

  /** The open props the model can price, priced. 503 when no model is in production. */
  Future<Priced> load() {
    return page(0, new ArrayList<>()).compose(this::withHistory).compose(this::price);
  }

  /**
   * Keeps the props whose game the history knows: imported boards of games without box-score
   * history (e.g. a real platform feed) cannot be priced, and one of them must not fail the rest.
   */
  private Future<List<JsonObject>> withHistory(List<JsonObject> open) {
    List<String> gameIds = open.stream().map(p -> p.getString("game_id")).distinct().toList();
    List<Future<JsonObject>> lookups = gameIds.stream().map(history::game).toList();
    return Future.join(lookups).transform(ignored -> {
      java.util.Set<String> known = new java.util.HashSet<>();
      for (int i = 0; i < gameIds.size(); i++) {
        Future<JsonObject> f = lookups.get(i);
        if (f.succeeded()) {
          known.add(gameIds.get(i));
        } else if (!(f.cause() instanceof io.vertx.serviceproxy.ServiceException se) || se.failureCode() != 404) {
          return Future.failedFuture(f.cause());
        }
      }
      return Future.succeededFuture(open.stream().filter(p -> known.contains(p.getString("game_id"))).toList());
    });
  }

  private Future<List<JsonObject>> page(int offset, List<JsonObject> acc) {
    JsonObject query = new JsonObject().put("status", "open").put("limit", PAGE).put("offset", offset);
    return props.list(query).compose(reply -> {
      JsonArray items = reply.getJsonArray("items");
      for (int i = 0; i < items.size(); i++) {
        JsonObject p = items.getJsonObject(i);
        if (SupportedStats.contains(p.getString("sport"), p.getString("stat_type"))) {
          acc.add(p);
        }
      }
      int next = offset + items.size();
      return items.isEmpty() || next >= reply.getLong("total") ? Future.succeededFuture(acc) : page(next, acc);
    });
  }

  private Future<Priced> price(List<JsonObject> open) {
    if (open.isEmpty()) {
      return model.status().compose(status -> "ready".equals(status.getString("status"))
          ? Future.succeededFuture(new Priced(status.getJsonObject("model").getString("id"), List.of()))
          : Future.failedFuture(Failures.unavailable("no production model yet: train and promote one first")));
    }
    List<Future<JsonObject>> batches = new ArrayList<>();
    for (int from = 0; from < open.size(); from += PREDICT_BATCH) {
      List<JsonObject> batch = open.subList(from, Math.min(open.size(), from + PREDICT_BATCH));
      JsonArray ids = new JsonArray(batch.stream().map(p -> p.getString("id")).toList());
      batches.add(model.predict(new JsonObject().put("prop_ids", ids)));
    }
    return Future.all(batches).map(all -> {
      List<SlipDetection.PricedProp> priced = new ArrayList<>();
      String version = null;
      for (int b = 0; b < batches.size(); b++) {
        JsonObject reply = batches.get(b).result();
        version = reply.getString("model_version");
        JsonArray items = reply.getJsonArray("items");
        for (int i = 0; i < items.size(); i++) {
          JsonObject prop = open.get(b * PREDICT_BATCH + i);
          JsonObject item = items.getJsonObject(i);
          priced.add(new SlipDetection.PricedProp(prop.getString("id"), prop.getString("platform"),
              prop.getString("player_id"), prop.getString("game_id"), prop.getString("stat_type"),
              prop.getDouble("line"), item.getDouble("p_over")));
        }
      }
      return new Priced(version, List.copyOf(priced));
    });
  }
}
