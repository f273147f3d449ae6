package com.betterbros.props.app;

import com.betterbros.props.cache.CacheRoutes;
import com.betterbros.props.cache.api.CacheService;
import com.betterbros.props.context.ContextRoutes;
import com.betterbros.props.context.ContextVerticle;
import com.betterbros.props.context.api.ContextService;
import com.betterbros.props.corr.CorrRoutes;
import com.betterbros.props.corr.CorrVerticle;
import com.betterbros.props.corr.api.CorrService;
import com.betterbros.props.eval.BacktestQueue;
import com.betterbros.props.eval.EvalRoutes;
import com.betterbros.props.eval.EvalVerticle;
import com.betterbros.props.eval.api.EvalService;
import com.betterbros.props.experiments.ExperimentHoldouts;
import com.betterbros.props.export.ExportConfig;
import com.betterbros.props.export.ExportRoutes;
import com.betterbros.props.experiments.ExperimentsRoutes;
import com.betterbros.props.experiments.ExperimentsStores;
import com.betterbros.props.experiments.ExperimentsVerticle;
import com.betterbros.props.experiments.api.ExperimentsService;
import com.betterbros.props.features.FeaturesRoutes;
import com.betterbros.props.features.FeaturesVerticle;
import com.betterbros.props.features.HistorySnapshots;
import com.betterbros.props.features.api.FeaturesService;
import com.betterbros.props.history.HistoryRoutes;
import com.betterbros.props.history.HistoryVerticle;
import com.betterbros.props.history.api.HistoryService;
import com.betterbros.props.http.HttpConfig;
import com.betterbros.props.http.RouteMount;
import com.betterbros.props.jobs.JobsRoutes;
import com.betterbros.props.jobs.JobsVerticle;
import com.betterbros.props.jobs.api.JobsService;
import com.betterbros.props.live.LiveConfig;
import com.betterbros.props.live.LiveFeedVerticle;
import com.betterbros.props.live.LiveRoutes;
import com.betterbros.props.model.ModelRoutes;
import com.betterbros.props.model.ModelState;
import com.betterbros.props.model.ModelVerticle;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.optimize.OptimizeRoutes;
import com.betterbros.props.optimize.OptimizeVerticle;
import com.betterbros.props.optimize.api.OptimizeService;
import com.betterbros.props.props.PropsRoutes;
import com.betterbros.props.props.PropsVerticle;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.snapshots.SnapshotsRoutes;
import com.betterbros.props.snapshots.SnapshotsVerticle;
import com.betterbros.props.snapshots.api.SnapshotsService;
import com.betterbros.props.store.Cache;
import com.betterbros.props.whatif.WhatIfRoutes;
import com.betterbros.props.whatif.WhatIfVerticle;
import com.betterbros.props.whatif.api.WhatIfService;
import com.betterbros.props.auth.ApiKeyLookup;
import com.betterbros.props.keys.KeyPrincipals;
import com.betterbros.props.keys.KeysRoutes;
import com.betterbros.props.keys.KeysVerticle;
import com.betterbros.props.keys.api.KeysService;
import com.betterbros.props.auth.AccountLookup;
import com.betterbros.props.users.UserAccounts;
import com.betterbros.props.users.UsersConfig;
import com.betterbros.props.users.UsersRoutes;
import com.betterbros.props.users.UsersVerticle;
import com.betterbros.props.users.api.UsersService;
import io.vertx.core.Deployable;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.ThreadingModel;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The node's domains as data: for each role, the verticle it deploys, on an event loop or as a
 * worker with its own bounded pool, and how many instances (from the domain's own settings); and
 * the routes each domain adds to the gateway. {@link Node} deploys, in this order, the rows of the
 * roles it runs, and hands the gateway every domain's routes (it serves them all and sends each
 * request to whichever node runs the domain).
 */
final class DomainTable {

  /**
   * What a node's domains are built from: its repositories, cache and the shared in-process parts;
   * {@code clock} is the node's "now" for the props' lifecycle (fixed at the synthetic season's
   * {@link com.betterbros.props.sim.Season#now} when the node loaded one, else the system's);
   * {@code meters} is the node's registry (what /metrics shows); {@code intake} closes when the
   * node's stop begins (history, eval and experiments then take no new job).
   */
  record Parts(Repositories repositories, Cache cache, HistorySnapshots snapshots, ModelState model,
      String runId, Supplier<Set<String>> liveNodes, java.time.Clock clock,
      io.micrometer.core.instrument.MeterRegistry meters, com.betterbros.props.bus.JobIntake intake) {}

  /** One domain verticle: made once per instance by {@code verticle}, deployed with {@code options}. */
  record Row(Role role, Supplier<? extends Deployable> verticle, DeploymentOptions options) {}

  private DomainTable() {}

  static List<Row> rows(AppConfig c, Parts p) {
    Repositories r = p.repositories();
    BacktestQueue backtests = new BacktestQueue(c.eval().maxPendingBacktests(), c.eval().backtestsPerUser());
    return List.of(
        new Row(Role.PROPS, () -> new PropsVerticle(r.props(), c.platforms(), c.busTimeout(), r.history(),
            p.clock()), eventLoop()),
        new Row(Role.HISTORY, () -> new HistoryVerticle(r.history(), r.identities(), c.busTimeout(), p.runId(),
            c.history(), p.intake()), eventLoop()),
        new Row(Role.JOBS, () -> new JobsVerticle(r.jobs(), p.liveNodes(), c.jobs(), p.meters()), eventLoop()),
        new Row(Role.CONTEXT, () -> new ContextVerticle(r.context(), p.cache(), c.context(), c.busTimeout()),
            eventLoop()),
        new Row(Role.FEATURES, () -> new FeaturesVerticle(r.props(), p.cache(), p.snapshots(), c.features()),
            eventLoop()),
        new Row(Role.MODEL, () -> new ModelVerticle(p.model(), p.snapshots(), r.props(), p.cache(), c.model(),
            p.clock(), p.meters()),
            worker("model-workers", c.model().workerThreads(), c.model().instances())),
        new Row(Role.EXPERIMENTS, () -> new ExperimentsVerticle(
            new ExperimentsStores(r.experiments(), r.models(), r.props(), p.snapshots()), p.runId(), p.liveNodes(),
            c.experiments(), p.intake()), eventLoop()),
        new Row(Role.CORR, () -> new CorrVerticle(p.snapshots(), r.props(), p.cache(), p.model(), c.corr()),
            worker("corr-workers", c.corr().workerThreads(), c.corr().instances())),
        new Row(Role.OPTIMIZE, () -> new OptimizeVerticle(c.busTimeout(), c.optimize().searchThreads()),
            worker("optimize-workers", c.optimize().workerThreads(), c.optimize().instances())),
        new Row(Role.EVAL, () -> new EvalVerticle(evalParts(r, p, backtests), c.eval(), c.busTimeout()),
            worker("eval-workers", c.eval().workerThreads(), c.eval().instances())),
        new Row(Role.SNAPSHOTS, () -> new SnapshotsVerticle(r.snapshots(), r.history(), c.snapshots(), c.busTimeout()),
            eventLoop()),
        new Row(Role.LIVE, () -> new LiveFeedVerticle(c.live(), c.busTimeout(), p.clock()), worker("live-workers", 1, 1)),
        new Row(Role.WHATIF, () -> new WhatIfVerticle(p.snapshots(), p.model(), r.props(), r.whatif(),
            c.whatif(), c.busTimeout()),
            worker("whatif-workers", c.whatif().workerThreads(), c.whatif().instances())),
        new Row(Role.KEYS, () -> new KeysVerticle(r.keys(), c.keys()), worker("keys-workers", 2, 1)),
        new Row(Role.USERS, () -> new UsersVerticle(r.users()), eventLoop()));
  }

  /** Every domain's routes, in the order the gateway mounts them. */
  static List<RouteMount> routes(HttpConfig http, ExportConfig export, LiveConfig live) {
    return List.of(
        (router, vertx, bus) -> PropsRoutes.mount(router, vertx, bus, PropsService.createProxy(vertx, bus),
            http.maxImportBytes()),
        (router, vertx, bus) -> HistoryRoutes.mount(router, HistoryService.createProxy(vertx, bus),
            http.maxImportBytes()),
        (router, vertx, bus) -> JobsRoutes.mount(router, JobsService.createProxy(vertx, bus)),
        (router, vertx, bus) -> ContextRoutes.mount(router, ContextService.createProxy(vertx, bus)),
        (router, vertx, bus) -> ModelRoutes.mount(router, ModelService.createProxy(vertx, bus)),
        (router, vertx, bus) -> ExperimentsRoutes.mount(router, ExperimentsService.createProxy(vertx, bus)),
        (router, vertx, bus) -> FeaturesRoutes.mount(router, FeaturesService.createProxy(vertx, bus)),
        (router, vertx, bus) -> CorrRoutes.mount(router, CorrService.createProxy(vertx, bus)),
        (router, vertx, bus) -> OptimizeRoutes.mount(router, OptimizeService.createProxy(vertx, bus)),
        (router, vertx, bus) -> EvalRoutes.mount(router, EvalService.createProxy(vertx, bus)),
        (router, vertx, bus) -> SnapshotsRoutes.mount(router, SnapshotsService.createProxy(vertx, bus)),
        (router, vertx, bus) -> WhatIfRoutes.mount(router, WhatIfService.createProxy(vertx, bus)),
        (router, vertx, bus) -> KeysRoutes.mount(router, KeysService.createProxy(vertx, bus)),
        (router, vertx, bus) -> UsersRoutes.mount(router, UsersService.createProxy(vertx, bus)),
        (router, vertx, bus) -> ExportRoutes.mount(router, vertx, new ExportRoutes.Services(
            PropsService.createProxy(vertx, bus), ModelService.createProxy(vertx, bus),
            SnapshotsService.createProxy(vertx, bus), EvalService.createProxy(vertx, bus),
            OptimizeService.createProxy(vertx, bus)), export),
        (router, vertx, bus) -> LiveRoutes.mount(router, vertx, bus, live),
        (router, vertx, bus) -> CacheRoutes.mount(router, CacheService.createProxy(vertx, bus)));
  }

  /** The gateway's lookup of {@code bbp_} access keys: asks {@code keys.service} with the bus timeout, every request. */
  static BiFunction<Vertx, DeliveryOptions, ApiKeyLookup> apiKeys() {
    return (vertx, bus) -> new KeyPrincipals(KeysService.createProxy(vertx, bus));
  }

  /**
   * The gateway's account check: a bounded cache per node in front of {@code users.service} (with
   * the bus timeout), dropping a user's entry on {@code users.events.changed}.
   */
  static BiFunction<Vertx, DeliveryOptions, AccountLookup> accounts(UsersConfig users) {
    return (vertx, bus) -> UserAccounts.listening(vertx, UsersService.createProxy(vertx, bus), users);
  }

  private static EvalVerticle.Parts evalParts(Repositories r, Parts p, BacktestQueue backtests) {
    ExperimentHoldouts holdouts = new ExperimentHoldouts(r.experiments(), r.models());
    return new EvalVerticle.Parts(holdouts, holdouts, p.snapshots(), r.props(), r.backtests(), r.live(), backtests,
        p.runId(), p.intake());
  }

  private static DeploymentOptions eventLoop() {
    return new DeploymentOptions();
  }

  /** A WORKER verticle on its own named pool, so CPU work of one domain never starves another's. */
  private static DeploymentOptions worker(String pool, int threads, int instances) {
    return new DeploymentOptions()
        .setThreadingModel(ThreadingModel.WORKER)
        .setWorkerPoolName(pool)
        .setWorkerPoolSize(threads)
        .setInstances(instances);
  }
}
