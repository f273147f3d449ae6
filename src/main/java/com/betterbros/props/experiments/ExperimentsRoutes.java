package com.betterbros.props.experiments;

import com.betterbros.props.experiments.api.ExperimentListQuery;
import com.betterbros.props.experiments.api.ExperimentRequest;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.experiments.api.HoldoutQuery;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for experiments. The caller's user id (the token's {@code sub}) is passed to every call,
 * or null for an admin ({@link OwnerScope}: {@code ?all=true} lists everyone's, and an admin reads
 * and promotes any user's experiment); promotion changes the model every user is served, so it
 * needs the enterprise tier or the operator role (403), which an admin has.
 */
public final class ExperimentsRoutes {

  private final ExperimentsService experiments;

  private ExperimentsRoutes(ExperimentsService experiments) {
    this.experiments = experiments;
  }

  public static void mount(Router router, ExperimentsService experiments) {
    ExperimentsRoutes routes = new ExperimentsRoutes(experiments);
    router.post("/experiments").handler(routes::create);
    router.get("/experiments").handler(routes::list);
    router.get("/experiments/:id").handler(routes::get);
    router.get("/experiments/:id/predictions").handler(routes::predictions);
    router.post("/experiments/:id/promote").handler(routes::promote);
  }

  private void create(RoutingContext ctx) {
    Requests.reply(ctx, 202, experiments.create(user(ctx),
        AuthHandler.principal(ctx).tier().name().toLowerCase(java.util.Locale.ROOT), new ExperimentRequest(Requests.optionalJsonBody(ctx))));
  }

  private void list(RoutingContext ctx) {
    Requests.reply(ctx, experiments.list(OwnerScope.forList(ctx), new ExperimentListQuery(Requests.query(ctx))));
  }

  private void get(RoutingContext ctx) {
    Requests.reply(ctx, experiments.get(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }

  private void predictions(RoutingContext ctx) {
    Requests.reply(ctx, experiments.predictions(OwnerScope.forItem(ctx), ctx.pathParam("id"),
        new HoldoutQuery(Requests.query(ctx))));
  }

  private void promote(RoutingContext ctx) {
    String force = ctx.queryParams().get("force");
    if (force != null && !force.equals("true") && !force.equals("false")) {
      ctx.fail(HttpProblem.badRequest("force", "force must be true or false, got '" + force + "'"));
      return;
    }
    Requests.reply(ctx, experiments.promote(OwnerScope.forItem(ctx), ctx.pathParam("id"), "true".equals(force)));
  }

  private static String user(RoutingContext ctx) {
    return AuthHandler.principal(ctx).userId();
  }
}
