package com.betterbros.props.model;

import com.betterbros.props.bus.Addresses;
import io.vertx.core.eventbus.EventBus;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports the predictions served for open props (the board still lists them: before tip-off, as
 * the platform says) to live tracking: each (prop, model, line) once,
 * sent to {@value Addresses#MODEL_EVENTS_SERVED} (one eval consumer records it). Only predictions
 * priced for the default slip (the prop's platform, 2 legs) are reported, so every record's
 * breakeven and edge mean the same thing. The keys already sent are remembered in a bounded LRU
 * set ({@value #CAPACITY}); one forgotten and served again is sent again, and the store keeps its
 * first record.
 */
final class ServedLog {

  static final int CAPACITY = 100_000;

  private final EventBus bus;
  private final Map<String, Boolean> sent = new LinkedHashMap<>(1024, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
      return size() > CAPACITY;
    }
  };

  ServedLog(EventBus bus) {
    this.bus = bus;
  }

  /**
   * Sends the served predictions of open props not sent before: posted open and starting after
   * {@code lifecycleNow}, the node's props clock ({@code Lifecycle.isOpen}); {@code now} stamps them.
   */
  void record(List<ModelServiceImpl.Leg> legs, JsonObject[] served, PredictionRequest request, Instant now,
      Instant lifecycleNow) {
    if (request.slipPlatform() != null || request.slipLegs() != 2) {
      return;
    }
    JsonArray items = new JsonArray();
    synchronized (sent) {
      for (int i = 0; i < legs.size(); i++) {
        ModelServiceImpl.Leg leg = legs.get(i);
        JsonObject p = served[i];
        if (leg.propId() == null || !"open".equals(leg.status()) || !leg.startTime().isAfter(lifecycleNow)) {
          continue;
        }
        String key = leg.propId() + "|" + p.getString("model_version") + "|" + leg.line();
        if (sent.put(key, Boolean.TRUE) != null) {
          continue;
        }
        items.add(new JsonObject().put("prop_id", leg.propId()).put("model_version", p.getString("model_version"))
            .put("line", leg.line()).put("served_at", now.toString()).put("platform", leg.platform())
            .put("player_id", leg.playerId()).put("stat_type", leg.statType()).put("game_id", leg.gameId())
            .put("start_time", leg.startTime() == null ? null : leg.startTime().toString()).put("p_over", p.getDouble("p_over"))
            .put("side", p.getString("side")).put("breakeven", p.getDouble("breakeven")).put("edge", p.getDouble("edge")));
      }
    }
    if (!items.isEmpty()) {
      bus.send(Addresses.MODEL_EVENTS_SERVED, new JsonObject().put("items", items));
    }
  }
}
