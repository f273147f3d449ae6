package com.betterbros.props.experiments;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.experiments.api.ExperimentListQuery;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentView;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.model.api.ModelRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's first model, in any mode: when no production model of the current feature set exists,
 * start a default experiment as the "system" user in the background and promote it when it
 * succeeds. When the history is too thin to train (an empty embedded node, a new database), wait
 * for {@value Addresses#HISTORY_EVENTS_CHANGED} and try again. A system experiment already queued
 * or running (another node's) is followed rather than duplicated. The state is on /health and is
 * published on {@value Addresses#MODEL_EVENTS_BOOTSTRAP} for the model domain's 503 message.
 */
public final class ModelBootstrap {

  public static final String SYSTEM_USER = "system";
  private static final Logger LOG = LoggerFactory.getLogger(ModelBootstrap.class);
  /** Events of history changes closer than this start one attempt. */
  private static final long DEBOUNCE_MS = 2_000;

  private final AtomicReference<JsonObject> state = new AtomicReference<>(new JsonObject().put("status", "idle"));
  private Vertx vertx;
  private ExperimentsService experiments;
  private ModelRegistry models;
  private long retryTimer = -1;

  /** Starts the bootstrap; the returned future completes once the first attempt is under way (or not needed). */
  public Future<Void> start(Vertx vertx, ModelRegistry models, Duration busTimeout) {
    this.vertx = vertx;
    this.models = models;
    this.experiments = ExperimentsService.createProxy(vertx, new DeliveryOptions().setSendTimeout(busTimeout.toMillis()));
    vertx.eventBus().<JsonObject>consumer(Addresses.HISTORY_EVENTS_CHANGED, msg -> {
      String status = state.get().getString("status");
      if (("waiting_for_history".equals(status) || "failed".equals(status)) && retryTimer < 0) {
        retryTimer = vertx.setTimer(DEBOUNCE_MS, id -> {
          retryTimer = -1;
          attempt();
        });
      }
    });
    return attempt();
  }

  private Future<Void> attempt() {
    return models.production().compose(existing -> {
      if (existing != null && existing.servable()) {
        set(new JsonObject().put("status", "not_needed"));
        return Future.succeededFuture();
      }
      return experiments.list(SYSTEM_USER, new ExperimentListQuery()).compose(list -> {
        for (ExperimentView e : list.getItems() == null ? List.<ExperimentView>of() : list.getItems()) {
          if ("queued".equals(e.getStatus()) || "running".equals(e.getStatus())) {
            follow(e.getId(), e.getStatus(), e.getProgress());
            return Future.<Void>succeededFuture();
          }
        }
        return create();
      });
    }).recover(t -> {
      set(new JsonObject().put("status", "failed").put("reason", t.getMessage()));
      return Future.succeededFuture();
    });
  }

  private Future<Void> create() {
    // Listen before creating, so no progress event of the experiment can be missed.
    AtomicReference<String> id = new AtomicReference<>();
    MessageConsumer<JsonObject> progress = listen(id);
    return experiments.create(SYSTEM_USER, "enterprise", new ExperimentRequest()).<Void>map(created -> {
      id.set(created.getId());
      set(new JsonObject().put("status", "queued").put("experiment_id", id.get()).put("progress", 0));
      return null;
    }).onFailure(t -> progress.unregister());
  }

  private void follow(String experimentId, String status, int percent) {
    AtomicReference<String> id = new AtomicReference<>(experimentId);
    MessageConsumer<JsonObject> progress = listen(id);
    set(new JsonObject().put("status", status).put("experiment_id", experimentId).put("progress", percent));
    // it may have finished between the list and the listen: its end event is then gone, so read it
    experiments.get(SYSTEM_USER, experimentId).onSuccess(e -> {
      if ("succeeded".equals(e.getStatus()) || "failed".equals(e.getStatus())) {
        onProgress(progress, id, e.toJson());
      }
    });
  }

  /** Experiments whose end was handled (an end may come both as an event and from a read). */
  private final java.util.Set<String> ended = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private MessageConsumer<JsonObject> listen(AtomicReference<String> id) {
    MessageConsumer<JsonObject> progress = vertx.eventBus().consumer(Addresses.EXPERIMENTS_EVENTS_PROGRESS);
    progress.handler(msg -> {
      JsonObject e = msg.body();
      if (id.get() != null && id.get().equals(e.getString("id"))) {
        onProgress(progress, id, e);
      }
    });
    return progress;
  }

  // the followed experiment's state, from its progress event or a read; its end is handled once
  private void onProgress(MessageConsumer<JsonObject> progress, AtomicReference<String> id, JsonObject e) {
    boolean end = "succeeded".equals(e.getString("status")) || "failed".equals(e.getString("status"));
    if (ended.contains(id.get()) || (end && !ended.add(id.get()))) {
      return;
    }
    set(new JsonObject().put("status", e.getString("status")).put("experiment_id", id.get())
        .put("progress", e.getInteger("progress")));
    if ("succeeded".equals(e.getString("status"))) {
      progress.unregister();
      promote(id.get());
    } else if ("failed".equals(e.getString("status"))) {
      progress.unregister();
      experiments.get(SYSTEM_USER, id.get()).onSuccess(full -> {
        String error = full.getError() == null ? "" : full.getError();
        boolean thin = error.startsWith("not enough");
        set(new JsonObject().put("status", thin ? "waiting_for_history" : "failed").put("experiment_id", id.get())
            .put("reason", thin ? "the history is too thin to train on yet (" + error
                + "); import box scores with POST /history/import or a sync" : error));
      });
    }
  }

  private void promote(String id) {
    experiments.promote(SYSTEM_USER, id, false)
        .onSuccess(p -> {
          set(new JsonObject().put("status", "promoted").put("experiment_id", id)
              .put("model_id", p.getModelId()));
          LOG.info("first production model {} promoted", p.getModelId());
        })
        .onFailure(t -> set(new JsonObject().put("status", "failed").put("reason", t.getMessage())));
  }

  private void set(JsonObject now) {
    state.set(now);
    vertx.eventBus().publish(Addresses.MODEL_EVENTS_BOOTSTRAP, now.copy());
  }

  /**
   * {status: idle|not_needed|waiting_for_history|queued|running|succeeded|promoted|failed,
   * experiment_id, progress, model_id, reason}.
   */
  public JsonObject state() {
    return state.get().copy();
  }
}
