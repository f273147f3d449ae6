package com.betterbros.props.jobs.api;

import com.betterbros.props.bus.Addresses;
import io.vertx.codegen.annotations.ProxyGen;
import io.vertx.codegen.annotations.VertxGen;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;

/**
 * Jobs on the event bus at {@value Addresses#JOBS}: one resource for every long task (history
 * imports and syncs today). Users read their own jobs; a null {@code userId} on {@code get} and
 * {@code list} means "any owner" (the gateway passes it for an admin only). The domain running a
 * job records its progress and end. Failures are {@code ServiceException}s whose code is the HTTP status.
 */
@ProxyGen
@VertxGen
public interface JobsService {

  String ADDRESS = Addresses.JOBS;

  /** A typed client for any cluster member; every call times out per {@code options}. */
  static JobsService createProxy(Vertx vertx, DeliveryOptions options) {
    return new JobsServiceVertxEBProxy(vertx, ADDRESS, options);
  }

  /**
   * The user's job {id, user_id, kind, status, progress, request, result, error, created_at,
   * updated_at}; 404 if not theirs (userId null: any owner's).
   */
  Future<JobView> get(String userId, String id);

  /**
   * The user's jobs (every user's when userId is null), newest first. Query: kind, status, limit (≤
   * 500), offset. {items, total, limit, offset}.
   */
  Future<JobPage> list(String userId, JobQuery query);

  /**
   * Creates a queued job of {@code kind} for the user, run by node {@code nodeId}; {@code request} is
   * the free-form request document of that kind. Replies the queued job.
   */
  Future<JobView> create(String userId, String kind, JsonObject request, String nodeId);

  /**
   * Like {@link #create}, but only while the user holds fewer than {@code quota} queued or running
   * jobs of {@code kind} in the store (every node's: the quota is cluster-wide); the count and the
   * insert are one atomic step. 429 ({@code rate_limited}, field {@code quota}) at the quota.
   */
  Future<JobView> createWithinQuota(String userId, String kind, JsonObject request, String nodeId, int quota);

  /** Marks the job running at {@code percent} (0-99); ignored once the job has finished. */
  Future<Void> progress(String id, int percent);

  /** Finishes the job: succeeded with {@code result} (a free-form document of the job's kind). */
  Future<Void> succeed(String id, JsonObject result);

  /** Finishes the job: failed with {@code error} and what was done before ({@code partial}, may be null). */
  Future<Void> fail(String id, String error, JsonObject partial);
}
