package com.betterbros.props.optimize;

import com.betterbros.props.http.Requests;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.optimize.api.SlipDetectionQuery;
import com.betterbros.props.optimize.api.SlipSearchRequest;
import com.betterbros.props.optimize.api.SlipSimulationRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for slips: every /optimize route needs at least the pro tier (403), then is one {@link OptimizeService} call. */
public final class OptimizeRoutes {

  private final OptimizeService optimize;

  private OptimizeRoutes(OptimizeService optimize) {
    this.optimize = optimize;
  }

  public static void mount(Router router, OptimizeService optimize) {
    OptimizeRoutes routes = new OptimizeRoutes(optimize);
    router.get("/optimize/payouts").handler(routes::payouts);
    router.post("/optimize/simulate").handler(routes::simulate);
    router.post("/optimize/parlays").handler(routes::parlays);
    router.get("/optimize/slips").handler(routes::slips);
  }

  private void payouts(RoutingContext ctx) {
    Requests.reply(ctx, optimize.payouts());
  }

  private void simulate(RoutingContext ctx) {
    Requests.reply(ctx, optimize.simulate(new SlipSimulationRequest(Requests.jsonBody(ctx))));
  }

  private void parlays(RoutingContext ctx) {
    Requests.reply(ctx, optimize.parlays(new SlipSearchRequest(Requests.jsonBody(ctx))));
  }

  private void slips(RoutingContext ctx) {
    Requests.reply(ctx, optimize.slips(new SlipDetectionQuery(Requests.query(ctx))));
  }
}
