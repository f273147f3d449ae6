package com.betterbros.props.eval;

import com.betterbros.props.eval.api.BacktestListQuery;
import com.betterbros.props.eval.api.BacktestRequest;
import com.betterbros.props.eval.api.BetQuery;
import com.betterbros.props.eval.api.CalibrationQuery;
import com.betterbros.props.eval.api.LiveQuery;
import io.vertx.core.json.JsonObject;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.http.AuthHandler;
import com.betterbros.props.http.OwnerScope;
import com.betterbros.props.http.Requests;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP for evaluation: every /eval route needs at least the pro tier (403), then is one
 * {@link EvalService} call; an admin lists everyone's backtests with {@code ?all=true} and reads or
 * deletes any user's ({@link OwnerScope}).
 */
public final class EvalRoutes {

  private final EvalService eval;

  private EvalRoutes(EvalService eval) {
    this.eval = eval;
  }

  public static void mount(Router router, EvalService eval) {
    EvalRoutes routes = new EvalRoutes(eval);
    router.get("/eval/calibration").handler(routes::calibration);
    router.get("/eval/live").handler(routes::live);
    router.post("/eval/backtests").handler(routes::start);
    router.get("/eval/backtests").handler(routes::list);
    router.get("/eval/backtests/:id").handler(routes::get);
    router.get("/eval/backtests/:id/bets").handler(routes::bets);
    router.delete("/eval/backtests/:id").handler(routes::delete);
  }

  private void start(RoutingContext ctx) {
    JsonObject body;
    try {
      body = Requests.jsonBody(ctx);
    } catch (RuntimeException e) {
      ctx.fail(e);
      return;
    }
    Requests.reply(ctx, 202, eval.startBacktest(user(ctx), new BacktestRequest(body)));
  }

  private void live(RoutingContext ctx) {
    Requests.reply(ctx, eval.live(user(ctx), new LiveQuery(Requests.query(ctx))));
  }

  private void list(RoutingContext ctx) {
    Requests.reply(ctx, eval.backtests(OwnerScope.forList(ctx), new BacktestListQuery(Requests.query(ctx))));
  }

  private void get(RoutingContext ctx) {
    Requests.reply(ctx, eval.backtest(OwnerScope.forItem(ctx), ctx.pathParam("id")));
  }

  private void bets(RoutingContext ctx) {
    Requests.reply(ctx, eval.bets(OwnerScope.forItem(ctx), ctx.pathParam("id"), new BetQuery(Requests.query(ctx))));
  }

  private void delete(RoutingContext ctx) {
    eval.deleteBacktest(OwnerScope.forItem(ctx), ctx.pathParam("id")).onComplete(ar -> {
      if (ar.succeeded()) {
        ctx.response().setStatusCode(204).end();
      } else {
        ctx.fail(ar.cause());
      }
    });
  }

  private static String user(RoutingContext ctx) {
    return AuthHandler.principal(ctx).userId();
  }

  private void calibration(RoutingContext ctx) {
    Requests.reply(ctx, eval.calibration(user(ctx), new CalibrationQuery(Requests.query(ctx))));
  }
}
