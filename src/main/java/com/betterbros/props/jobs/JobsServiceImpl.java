package com.betterbros.props.jobs;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.bus.QueryParams;
import com.betterbros.props.jobs.api.JobPage;
import com.betterbros.props.jobs.api.JobQuery;
import com.betterbros.props.jobs.api.JobView;
import com.betterbros.props.jobs.api.JobsService;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Jobs over a {@link JobRepository}. */
final class JobsServiceImpl implements JobsService {

  static final Set<String> STATUSES = Set.of(Job.QUEUED, Job.RUNNING, Job.SUCCEEDED, Job.FAILED);

  private final JobRepository jobs;
  private final JobGauges gauges;

  JobsServiceImpl(JobRepository jobs, JobGauges gauges) {
    this.jobs = jobs;
    this.gauges = gauges;
  }

  @Override
  public Future<JobView> get(String userId, String id) {
    if (id == null || id.isBlank()) {
      return Future.failedFuture(Failures.badRequest("id", "id is required"));
    }
    return jobs.find(id, userId).compose(job -> job == null
        ? Future.failedFuture(Failures.notFound("no job with id '" + id + "'"))
        : Future.succeededFuture(new JobView(JobJson.of(job))));
  }

  @Override
  public Future<JobPage> list(String userId, JobQuery query) {
    return Future.succeededFuture(new QueryParams(query == null ? null : query.toJson())).compose(q -> {
      String kind = q.string("kind");
      String status = q.oneOf("status", STATUSES);
      return jobs.list(userId, kind, status, q.limit(), q.offset()).map(page -> new JobPage(page.toJson(JobJson::of)));
    });
  }

  @Override
  public Future<JobView> create(String userId, String kind, JsonObject request, String nodeId) {
    Instant now = Instant.now();
    Job job = new Job("j-" + UUID.randomUUID(), userId, kind, Job.QUEUED, 0,
        request == null ? new JsonObject() : request, null, null, now, now);
    return gauges.after(jobs.create(job, nodeId)).map(v -> new JobView(JobJson.of(job)));
  }

  @Override
  public Future<JobView> createWithinQuota(String userId, String kind, JsonObject request, String nodeId, int quota) {
    Instant now = Instant.now();
    Job job = new Job("j-" + UUID.randomUUID(), userId, kind, Job.QUEUED, 0,
        request == null ? new JsonObject() : request, null, null, now, now);
    return jobs.createWithinQuota(job, nodeId, quota).compose(stored -> stored
        ? Future.succeededFuture(new JobView(JobJson.of(job)))
        : Future.failedFuture(new io.vertx.serviceproxy.ServiceException(com.betterbros.props.bus.Failures.TOO_MANY,
            kind + " quota: you already have " + quota + " " + kind + " job(s) queued or running; retry when one has"
            + " finished (see GET /jobs?kind=" + kind + ")",
            new JsonObject().put("error", "rate_limited").put("field", "quota"))));
  }

  @Override
  public Future<Void> progress(String id, int percent) {
    return jobs.findAny(id).compose(job -> job == null || job.finished() ? Future.succeededFuture()
        : Job.RUNNING.equals(job.status()) ? jobs.update(job.running(percent, Instant.now())).mapEmpty()
        : gauges.after(jobs.update(job.running(percent, Instant.now()))).mapEmpty());
  }

  @Override
  public Future<Void> succeed(String id, JsonObject result) {
    return finish(id, job -> job.succeeded(result, Instant.now()));
  }

  @Override
  public Future<Void> fail(String id, String error, JsonObject partial) {
    return finish(id, job -> job.failed(error, partial, Instant.now()));
  }

  private Future<Void> finish(String id, java.util.function.UnaryOperator<Job> end) {
    return jobs.findAny(id).compose(job -> {
      if (job == null) {
        return Future.failedFuture(Failures.notFound("no job with id '" + id + "'"));
      }
      if (job.finished()) {
        return Future.failedFuture(alreadyFinished(id, job.status()));
      }
      // false: another writer finished it between the read and this write
      return gauges.after(jobs.update(end.apply(job))).compose(updated -> updated ? Future.<Void>succeededFuture()
          : Future.failedFuture(alreadyFinished(id, "by another writer")));
    });
  }

  private static io.vertx.serviceproxy.ServiceException alreadyFinished(String id, String how) {
    return new io.vertx.serviceproxy.ServiceException(Failures.CONFLICT, "job " + id + " has already finished ("
        + how + ")", new JsonObject().put("error", "conflict"));
  }
}
