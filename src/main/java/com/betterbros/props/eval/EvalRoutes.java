package com.betterbros.props.eval;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.eval.api.CalibrationQuery;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for evaluation: every /eval route needs at least the pro tier (403), then is one {@link EvalService} call. */
public final class EvalRoutes {

  private final EvalService eval;

  private EvalRoutes(EvalService eval) {
    this.eval = eval;
  }

  public static void mount(Router router, EvalService eval) {
    EvalRoutes routes = new EvalRoutes(eval);
    router.route("/eval/*").handler(EvalRoutes::proOnly);
    router.get("/eval/calibration").handler(routes::calibration);
  }

  private void calibration(RoutingContext ctx) {
    Requests.reply(ctx, eval.calibration(AuthHandler.principal(ctx).userId(), new CalibrationQuery(Requests.query(ctx))));
  }

  private static void proOnly(RoutingContext ctx) {
    if (!AuthHandler.principal(ctx).tier().atLeast(Tier.PRO)) {
      ctx.fail(new HttpProblem(403, "forbidden", null, "/eval needs the pro tier or above"));
      return;
    }
    ctx.next();
  }
}
