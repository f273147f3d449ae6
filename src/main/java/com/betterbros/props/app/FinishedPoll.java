package com.betterbros.props.app;

import com.betterbros.props.jobs.Job;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.function.Supplier;

/**
 * Polls a long task of the commands (a job or an experiment: status queued, running, succeeded or
 * failed) until it finishes: its last state when it succeeded, a failure with its error when it
 * failed, and the read's own failure (an unreachable node, a non-200) at once.
 */
final class FinishedPoll {

  private FinishedPoll() {}

  static Future<JsonObject> until(Vertx vertx, Supplier<Future<JsonObject>> read, long everyMs) {
    return read.get().compose(task -> {
      String status = task.getString("status");
      if (Job.SUCCEEDED.equals(status)) {
        return Future.succeededFuture(task);
      }
      if (Job.FAILED.equals(status)) {
        return Future.failedFuture("failed: " + task.getString("error"));
      }
      return vertx.timer(everyMs).compose(t -> until(vertx, read, everyMs));
    });
  }
}
