package com.betterbros.props.whatif;

import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import com.betterbros.props.whatif.api.InjuryScenario;
import com.betterbros.props.whatif.api.LineupScenario;
import com.betterbros.props.whatif.api.ScenarioDraft;
import com.betterbros.props.whatif.api.ScenarioListQuery;
import com.betterbros.props.whatif.api.SensitivityRequest;
import com.betterbros.props.whatif.api.WhatIfService;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for what-if scenarios: every /whatif route needs at least the pro tier (403), then is one
 * {@link WhatIfService} call; an admin lists everyone's saved scenarios with {@code ?all=true} and
 * reads, runs or deletes any user's ({@link OwnerScope}).
 */
public final class WhatIfRoutes {

  private final WhatIfService whatIf;

  private WhatIfRoutes(WhatIfService whatIf) {
    this.whatIf = whatIf;
  }

  public static void mount(Router router, WhatIfService whatIf) {
    WhatIfRoutes routes = new WhatIfRoutes(whatIf);
    router.post("/whatif/sensitivity").handler(routes::sensitivity);
    router.post("/whatif/injury").handler(routes::injury);
    router.post("/whatif/lineup").handler(routes::lineup);
    router.post("/whatif/scenarios").handler(routes::save);
    router.get("/whatif/scenarios").handler(routes::list);
    router.get("/whatif/scenarios/:id").handler(routes::get);
    router.delete("/whatif/scenarios/:id").handler(routes::delete);
    router.post("/whatif/scenarios/:id/run").handler(routes::run);
  }

  private void save(RoutingContext ctx) {
    Requests.reply(ctx, 201, whatIf.save(user(ctx), new ScenarioDraft(Requests.jsonBody(ctx))));
  }

  private void list(RoutingContext ctx) {
    Requests.reply(ctx, whatIf.list(OwnerScope.forList(ctx), new ScenarioListQuery(Requests.query(ctx))));
  }

  private void get(RoutingContext ctx) {
    Requests.reply(ctx, whatIf.get(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }

  private void delete(RoutingContext ctx) {
    whatIf.delete(OwnerScope.forItem(ctx), ctx.pathParam("id")).onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response().setStatusCode(204).end();
      } else {
        ctx.fail(ar.cause());
      }
    });
  }

  private void run(RoutingContext ctx) {
    Requests.reply(ctx, whatIf.run(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }

  private void injury(RoutingContext ctx) {
    Requests.reply(ctx, whatIf.injury(new InjuryScenario(Requests.jsonBody(ctx))));
  }

  private void lineup(RoutingContext ctx) {
    Requests.reply(ctx, whatIf.lineup(new LineupScenario(Requests.jsonBody(ctx))));
  }

  private void sensitivity(RoutingContext ctx) {
    Requests.reply(ctx, whatIf.sensitivity(new SensitivityRequest(Requests.jsonBody(ctx))));
  }

  private static String user(RoutingContext ctx) {
    return AuthHandler.principal(ctx).userId();
  }
}
