package com.betterbros.props.history;

import com.betterbros.props.bus.Addresses;
import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.JobIntake;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.espn.EspnClient;
import com.betterbros.props.history.api.SyncJob;
import com.betterbros.props.identity.GameIds;
import com.betterbros.props.jobs.api.JobsService;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ESPN sync jobs on this node: the request is checked before the job exists (400 naming the
 * field), then the job runs in the background, one sync at a time, at most {@code history.sync_max_pending} (2)
 * queued or running per node (429 beyond). Progress and the result go to the job ({@link
 * JobsService}); {@value Addresses#HISTORY_EVENTS_CHANGED} is published when anything changed. A
 * sync fails only when not one ESPN request succeeded.
 */
final class HistorySyncs {

  static final String KIND = "history_sync";
  static final int MAX_DAYS = 62;
  private static final Logger LOG = LoggerFactory.getLogger(HistorySyncs.class);

  private final Vertx vertx;
  private final HistoryRepository history;
  private final IdentityRepository identities;
  private final JobsService jobs;
  private final ContextService context;
  private final EspnClient espn;
  private final String nodeId;
  private final int maxPending;
  private final JobIntake intake;
  private final AtomicInteger pending = new AtomicInteger();
  /** The end of the last sync queued: the next one starts after it (one at a time). */
  private Future<Void> tail = Future.succeededFuture();

  HistorySyncs(Vertx vertx, HistoryRepository history, IdentityRepository identities, JobsService jobs,
      ContextService context, EspnClient espn, String nodeId, int maxPending, JobIntake intake) {
    this.vertx = vertx;
    this.intake = intake;
    this.maxPending = maxPending;
    this.history = history;
    this.identities = identities;
    this.jobs = jobs;
    this.context = context;
    this.espn = espn;
    this.nodeId = nodeId;
  }

  /** Starts a sync for the body {source: "espn", from, to}: the queued job, with {@code job_id}. */
  Future<SyncJob> start(String userId, JsonObject body) {
    JsonObject b = body == null ? new JsonObject() : body;
    Object source = b.getValue("source");
    if (!EspnSync.SOURCE.equals(source)) {
      return Future.failedFuture(Failures.badRequest("source", "source must be \"" + EspnSync.SOURCE + "\""
          + (source == null ? "" : ", got '" + source + "'")));
    }
    LocalDate from;
    LocalDate to;
    try {
      from = date(b, "from");
      to = date(b, "to");
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    if (from.isAfter(to)) {
      return Future.failedFuture(Failures.badRequest("from", "from must not be after to"));
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > MAX_DAYS) {
      return Future.failedFuture(Failures.badRequest("to", "at most " + MAX_DAYS + " days per sync, "
          + from + ".." + to + " is " + days + "; split the range"));
    }
    return start(userId, from, to, "request");
  }

  /** Whether a sync is queued or running on this node (the periodic sync then skips its turn). */
  boolean busy() {
    return pending.get() > 0;
  }

  /** The periodic sync: yesterday and today (US/Eastern), as the "system" user. */
  Future<SyncJob> periodic() {
    LocalDate today = LocalDate.now(GameIds.EASTERN);
    return start("system", today.minusDays(1), today, "periodic");
  }

  private Future<SyncJob> start(String userId, LocalDate from, LocalDate to, String trigger) {
    if (pending.incrementAndGet() > maxPending) {
      pending.decrementAndGet();
      return Future.failedFuture(Failures.tooMany("this node already has " + maxPending
          + " history syncs queued or running; retry when one has finished (see GET /jobs)"));
    }
    JsonObject request = new JsonObject().put("source", EspnSync.SOURCE).put("from", from.toString())
        .put("to", to.toString()).put("days", ChronoUnit.DAYS.between(from, to) + 1).put("trigger", trigger);
    return intake.admit().compose(v -> jobs.create(userId, KIND, request, nodeId))
        .onSuccess(job -> {
          String id = job.getId();
          tail = tail.transform(ignored -> run(id, from, to));
        })
        .onFailure(t -> pending.decrementAndGet())
        .map(job -> new SyncJob(job.toJson().put("job_id", job.getId())));
  }

  private void publishIfChanged(String jobId, SyncTally tally) {
    if (tally.changed()) {
      vertx.eventBus().publish(Addresses.HISTORY_EVENTS_CHANGED, new JsonObject().put("source", KIND)
          .put("job_id", jobId).put("inserted", tally.stats.inserted()).put("updated", tally.stats.updated())
          .put("at", Instant.now().toString()));
    }
  }

  private Future<Void> run(String jobId, LocalDate from, LocalDate to) {
    AtomicInteger reported = new AtomicInteger(0);
    EspnSync sync = new EspnSync(espn, history, identities, context, LocalDate.now(GameIds.EASTERN));
    return jobs.progress(jobId, 0)
        .compose(v -> sync.run(from, to, p -> {
          if (p >= reported.get() + 5) {
            reported.set(p);
            jobs.progress(jobId, p);
          }
        }))
        .transform(ar -> {
          pending.decrementAndGet();
          // what a sync saved before it failed is history too: the snapshots must see it now
          publishIfChanged(jobId, sync.tally);
          if (ar.failed()) {
            LOG.warn("history sync {} failed: {}", jobId, ar.cause().toString());
            return jobs.fail(jobId, EspnSync.message(ar.cause()), sync.tally.toJson());
          }
          SyncTally tally = ar.result();
          JsonObject result = tally.toJson().put("source", EspnSync.SOURCE).put("from", from.toString())
              .put("to", to.toString());
          if (!tally.fetchedAny) {
            LOG.warn("history sync {} fetched nothing: {}", jobId, tally.firstError());
            return jobs.fail(jobId, "no ESPN request succeeded; first error: " + tally.firstError(), result);
          }
          LOG.info("history sync {} {}..{} done: {} games, box scores {}, {} errors", jobId, from, to, tally.games,
              result.getJsonObject("box_scores").encode(), tally.errorCount());
          return jobs.succeed(jobId, result);
        })
        .otherwiseEmpty();
  }

  private static LocalDate date(JsonObject body, String field) {
    Object v = body.getValue(field);
    if (v == null) {
      throw Failures.badRequest(field, field + " is required: a date like 2026-02-19");
    }
    try {
      if (v instanceof String s) {
        return LocalDate.parse(s.trim());
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw Failures.badRequest(field, field + " must be an ISO date like 2026-02-19, got '" + v + "'");
  }
}
