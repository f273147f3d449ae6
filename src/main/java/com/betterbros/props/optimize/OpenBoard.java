package com.betterbros.props.optimize;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.model.api.PredictRequest;
import com.betterbros.props.model.api.PredictionBatch;
import com.betterbros.props.model.core.SupportedStats;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropsService;
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
 * of that size or less). Props the model answers with an item error (a player or game without
 * history, as on a real board whose players are not all matched) or with non-standard payout
 * terms (goblins, demons, boosted one-sided lines: the slip types' breakevens assume the standard
 * table) are left out; one of them never fails the rest.
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
  OpenBoard(ModelService model, PropsService props) {
    this.model = model;
    this.props = props;
  }

  /** The open props the model can price, priced. 503 when no model is in production. */
  Future<Priced> load() {
    return page(0, new ArrayList<>()).compose(this::price);
  }

  private Future<List<JsonObject>> page(int offset, List<JsonObject> acc) {
    PropFilter query = new PropFilter().setStatus("open").setLimit(PAGE).setOffset(offset);
    return props.list(query).compose(page -> {
      JsonObject reply = page.toJson();
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
      return model.status().compose(status -> "ready".equals(status.getStatus())
          ? Future.succeededFuture(new Priced(status.getModel().getId(), List.of()))
          : Future.failedFuture(Failures.unavailable("no production model yet: train and promote one first")));
    }
    List<Future<PredictionBatch>> batches = new ArrayList<>();
    for (int from = 0; from < open.size(); from += PREDICT_BATCH) {
      List<JsonObject> batch = open.subList(from, Math.min(open.size(), from + PREDICT_BATCH));
      List<String> ids = batch.stream().map(p -> p.getString("id")).toList();
      batches.add(model.predict(new PredictRequest().setPropIds(ids)));
    }
    return Future.all(batches).map(all -> {
      List<SlipDetection.PricedProp> priced = new ArrayList<>();
      String version = null;
      for (int b = 0; b < batches.size(); b++) {
        JsonObject reply = batches.get(b).result().toJson();
        version = reply.getString("model_version");
        JsonArray items = reply.getJsonArray("items");
        for (int i = 0; i < items.size(); i++) {
          JsonObject prop = open.get(b * PREDICT_BATCH + i);
          JsonObject item = items.getJsonObject(i);
          if (item.containsKey("error") || !"standard".equals(item.getString("odds_type", "standard"))
              || !"both".equals(item.getString("sides", "both"))) {
            continue; // no history for the player or game, or payout terms the slip tables do not price
          }
          priced.add(new SlipDetection.PricedProp(prop.getString("id"), prop.getString("platform"),
              prop.getString("player_id"), prop.getString("game_id"), prop.getString("stat_type"),
              prop.getDouble("line"), item.getDouble("p_over")));
        }
      }
      return new Priced(version, List.copyOf(priced));
    });
  }
}
