package com.betterbros.props.corr;

import com.betterbros.props.corr.api.CorrMatrixQuery;
import com.betterbros.props.corr.api.CorrRelatedQuery;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.http.Requests;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for correlations: each handler is one {@link CorrService} call. */
public final class CorrRoutes {

  private final CorrService corr;

  private CorrRoutes(CorrService corr) {
    this.corr = corr;
  }

  public static void mount(Router router, CorrService corr) {
    CorrRoutes routes = new CorrRoutes(corr);
    router.get("/corr/matrix").handler(routes::matrix);
    router.get("/corr/related").handler(routes::related);
  }

  private void matrix(RoutingContext ctx) {
    Requests.reply(ctx, corr.matrix(new CorrMatrixQuery(Requests.query(ctx))));
  }

  private void related(RoutingContext ctx) {
    Requests.reply(ctx, corr.related(new CorrRelatedQuery(Requests.query(ctx))));
  }
}
