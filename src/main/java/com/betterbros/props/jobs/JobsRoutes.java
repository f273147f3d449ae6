package com.betterbros.props.jobs;

import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import com.betterbros.props.jobs.api.JobQuery;
import com.betterbros.props.jobs.api.JobsService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for jobs: the caller sees only the jobs they started (another user's job is a 404); an
 * admin reads any user's job and lists everyone's with {@code ?all=true} ({@link OwnerScope}).
 */
public final class JobsRoutes {

  private final JobsService jobs;

  private JobsRoutes(JobsService jobs) {
    this.jobs = jobs;
  }

  public static void mount(Router router, JobsService jobs) {
    JobsRoutes routes = new JobsRoutes(jobs);
    router.get("/jobs").handler(routes::list);
    router.get("/jobs/:id").handler(routes::get);
  }

  private void list(RoutingContext ctx) {
    Requests.reply(ctx, jobs.list(OwnerScope.forList(ctx), new JobQuery(Requests.query(ctx))));
  }

  private void get(RoutingContext ctx) {
    Requests.reply(ctx, jobs.get(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }
}
