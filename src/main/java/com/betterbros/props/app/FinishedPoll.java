package com.betterbros.props.app;

import com.betterbros.props.bus.JsonView;
import com.betterbros.props.jobs.Job;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.function.Supplier;

/**
 * Polls a long task of the commands (a job or an experiment: status queued, running, succeeded or
 * failed) until it finishes: its last state when it succeeded, a failure with its error when it
 * failed, and the read's own failure (an unreachable node, a non-200) at once. The task is read as
 * a contract type (a {@link JsonView} such as a {@code JobView}) or as a JSON object.
 */
final class FinishedPoll {

  private FinishedPoll() {}

  static <T> Future<T> until(Vertx vertx, Supplier<Future<T>> read, long everyMs) {
    return read.get().compose(task -> {
      JsonObject json = task instanceof JsonView view ? view.toJson() : (JsonObject) task;
      String status = json.getString("status");
      if (Job.SUCCEEDED.equals(status)) {
        return Future.succeededFuture(task);
      }
      if (Job.FAILED.equals(status)) {
        return Future.failedFuture("failed: " + json.getString("error"));
      }
      return vertx.timer(everyMs).compose(t -> until(vertx, read, everyMs));
    });
  }
}
