package com.betterbros.props.context;

import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.context.api.InjuryQuery;
import com.betterbros.props.context.api.TeamContextQuery;
import com.betterbros.props.http.HttpProblem;
import com.betterbros.props.http.Requests;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** HTTP for context: every handler turns the request into one {@link ContextService} call. */
public final class ContextRoutes {

  private final ContextService context;

  private ContextRoutes(ContextService context) {
    this.context = context;
  }

  public static void mount(Router router, ContextService context) {
    ContextRoutes routes = new ContextRoutes(context);
    router.get("/context/injuries").handler(routes::injuries);
    router.get("/context/teams/:id").handler(routes::team);
    router.get("/context/games/:id/matchup").handler(routes::matchup);
    router.get("/context/weather").handler(routes::weather);
  }

  private void injuries(RoutingContext ctx) {
    Requests.reply(ctx, context.injuries(new InjuryQuery(Requests.query(ctx))));
  }

  private void team(RoutingContext ctx) {
    Requests.reply(ctx, context.team(ctx.pathParam("id"), new TeamContextQuery(Requests.query(ctx))));
  }

  private void matchup(RoutingContext ctx) {
    Requests.reply(ctx, context.gameMatchup(ctx.pathParam("id")));
  }

  private void weather(RoutingContext ctx) {
    String game = ctx.queryParams().get("game_id");
    if (game == null || game.isBlank()) {
      ctx.fail(HttpProblem.badRequest("game_id", "game_id is required"));
      return;
    }
    Requests.reply(ctx, context.weather(game));
  }
}
