package com.betterbros.props.app;

import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.context.ContextVerticle;
import com.betterbros.props.features.FeaturesVerticle;
import com.betterbros.props.history.HistoryVerticle;
import com.betterbros.props.corr.CorrVerticle;
import com.betterbros.props.experiments.ExperimentsVerticle;
import com.betterbros.props.experiments.ModelBootstrap;
import com.betterbros.props.http.GatewayVerticle;
import com.betterbros.props.jobs.JobsVerticle;
import com.betterbros.props.model.ModelService;
import com.betterbros.props.model.ModelState;
import com.betterbros.props.model.ModelVerticle;
import com.betterbros.props.features.HistorySnapshots;
import com.betterbros.props.optimize.OptimizeVerticle;
import io.vertx.core.eventbus.DeliveryOptions;
import com.betterbros.props.props.PropsVerticle;
import com.betterbros.props.store.Cache;
import com.betterbros.props.store.LocalCache;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.RedisCache;
import com.betterbros.props.store.Stores;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running node: Vert.x (clustered or not) with metrics, then infrastructure (store, cache,
 * synthetic season), then the domain verticles its roles name, then the HTTP gateway.
 */
public final class Node {

  private static final Logger LOG = LoggerFactory.getLogger(Node.class);
  /** A history snapshot older than this is rebuilt (writes from outside the cluster, e.g. the seed command). */
  static final Duration SNAPSHOT_TTL = Duration.ofMinutes(10);
  /** System property: warn when an event-loop task runs longer than this many ms (tests: 100). */
  static final String BLOCKED_WARNING_PROPERTY = "bb.maxEventLoopExecuteTimeMs";
  private static final Set<Role> DOMAINS =
      EnumSet.of(Role.PROPS, Role.HISTORY, Role.CONTEXT, Role.FEATURES, Role.MODEL, Role.EXPERIMENTS, Role.CORR,
          Role.JOBS);

  private final AppConfig config;
  private final Vertx vertx;
  private final HazelcastClusterManager cluster;
  private final PrometheusMeterRegistry registry;
  private final String devSecret;
  /** This node's run: its cluster node id, or a fresh id per start when not clustered (jobs record it). */
  private final String runId;
  private PgStore pg;
  private Stores stores;
  private Cache cache;
  private final ModelBootstrap bootstrap = new ModelBootstrap();
  private GatewayVerticle gateway;
  private String gatewayDeployment;

  private Node(AppConfig config, Vertx vertx, HazelcastClusterManager cluster, PrometheusMeterRegistry registry) {
    this.config = config;
    this.vertx = vertx;
    this.cluster = cluster;
    this.registry = registry;
    this.devSecret = "dev".equals(config.auth().mode()) ? randomSecret() : null;
    this.runId = cluster == null ? "local-" + UUID.randomUUID() : cluster.getNodeId();
  }

  /** Builds Vert.x and deploys everything the configuration asks for. */
  public static Future<Node> start(AppConfig config) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    VertxOptions options = new VertxOptions()
        .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true));
    Long blockedWarningMs = Long.getLong(BLOCKED_WARNING_PROPERTY);
    if (blockedWarningMs != null) {
      // The test suite sets this low so any blocking on an event loop shows up as a warning.
      options.setMaxEventLoopExecuteTime(blockedWarningMs).setMaxEventLoopExecuteTimeUnit(TimeUnit.MILLISECONDS)
          .setBlockedThreadCheckInterval(Math.max(10, blockedWarningMs / 2))
          .setBlockedThreadCheckIntervalUnit(TimeUnit.MILLISECONDS)
          .setWarningExceptionTime(blockedWarningMs).setWarningExceptionTimeUnit(TimeUnit.MILLISECONDS);
    }
    var builder = Vertx.builder().with(options).withMetrics(new MicrometerMetricsFactory(registry));
    if (!config.cluster().enabled()) {
      return new Node(config, builder.build(), null, registry).deploy();
    }
    HazelcastClusterManager manager = ClusterSetup.clusterManager(config.cluster());
    String host = ClusterSetup.address(config.cluster().host());
    options.setEventBusOptions(new EventBusOptions().setHost(host).setClusterPublicHost(host));
    return builder.withClusterManager(manager).buildClustered()
        .compose(vertx -> new Node(config, vertx, manager, registry).deploy());
  }

  private Future<Node> deploy() {
    Set<Role> roles = config.roles();
    boolean domains = roles.stream().anyMatch(DOMAINS::contains);
    Future<Stores> stores = domains ? openStores() : Future.succeededFuture(null);
    return stores
        .compose(s -> s != null && config.embedded() && config.synthetic().loadOnStart()
            ? SeasonLoader.generateAndLoad(vertx, s, config.synthetic().seed(), config.synthetic().days()).map(s)
            : Future.succeededFuture(s))
        .compose(s -> deployDomains(s).compose(v -> bootstrapModel(s)))
        .compose(v -> roles.contains(Role.GATEWAY) ? deployGateway() : Future.succeededFuture())
        .map(this)
        .recover(t -> stop().transform(ignored -> Future.failedFuture(t)));
  }

  private Future<Stores> openStores() {
    cache = config.cache().redisUrl() == null
        ? new LocalCache(config.cache().maxLocalEntries())
        : new RedisCache(vertx, config.cache().redisUrl(), config.cache().redisTimeout());
    if (config.embedded()) {
      stores = Stores.memory();
      return Future.succeededFuture(stores);
    }
    return PgStore.open(vertx, config.pg()).map(store -> {
      pg = store;
      stores = Stores.postgres(store.pool());
      return stores;
    });
  }

  /** The ids of the nodes running now: cluster members, or this node's run id alone. */
  private Supplier<Set<String>> liveNodes() {
    return cluster == null ? () -> Set.of(runId) : () -> Set.copyOf(cluster.getNodes());
  }

  private Future<Void> deployDomains(Stores stores) {
    Set<Role> roles = config.roles();
    Future<?> chain = Future.succeededFuture();
    if (roles.contains(Role.PROPS)) {
      chain = chain.compose(v -> vertx.deployVerticle(new PropsVerticle(stores.props(), config.platforms(), config.busTimeout())));
    }
    if (roles.contains(Role.HISTORY)) {
      chain = chain.compose(v -> vertx.deployVerticle(new HistoryVerticle(stores.history(), stores.identities(),
          config.busTimeout(), runId, config.history())));
    }
    if (roles.contains(Role.JOBS)) {
      chain = chain.compose(v -> vertx.deployVerticle(new JobsVerticle(stores.jobs(), liveNodes())));
    }
    if (roles.contains(Role.CONTEXT)) {
      chain = chain.compose(v -> vertx.deployVerticle(
          new ContextVerticle(stores.context(), cache, config.weather(), config.busTimeout())));
    }
    // One history snapshot and one production model per node, shared by every domain that reads them.
    HistorySnapshots snapshots = stores == null ? null
        : new HistorySnapshots(stores.history(), stores.context(), SNAPSHOT_TTL);
    ModelState model = stores == null ? null
        : new ModelState(stores.models(), cluster == null ? "local" : cluster.getNodeId());
    if (roles.contains(Role.FEATURES)) {
      chain = chain.compose(v -> vertx.deployVerticle(new FeaturesVerticle(stores, cache, snapshots)));
    }
    if (roles.contains(Role.MODEL)) {
      chain = chain.compose(v -> vertx.deployVerticle(
          new ModelVerticle(model, snapshots, stores.props(), cache), ModelVerticle.deployment()));
    }
    if (roles.contains(Role.EXPERIMENTS)) {
      chain = chain.compose(v -> vertx.deployVerticle(new ExperimentsVerticle(stores, snapshots, runId, liveNodes())));
    }
    if (roles.contains(Role.CORR)) {
      chain = chain.compose(v -> vertx.deployVerticle(new CorrVerticle(snapshots, stores.props(), cache, model),
          CorrVerticle.deployment()));
    }
    if (roles.contains(Role.OPTIMIZE)) {
      chain = chain.compose(v -> vertx.deployVerticle(() -> new OptimizeVerticle(config.busTimeout()),
          OptimizeVerticle.deployment()));
    }
    return chain.mapEmpty();
  }

  /**
   * A node with the model and experiments roles trains and promotes a first model in the background
   * when there is none (embedded or PostgreSQL mode), as soon as the history allows.
   */
  private Future<Void> bootstrapModel(Stores stores) {
    if (stores == null || !config.synthetic().trainOnStart()
        || !config.roles().containsAll(EnumSet.of(Role.MODEL, Role.EXPERIMENTS))) {
      return Future.succeededFuture();
    }
    return bootstrap.start(vertx, stores.models(), config.busTimeout());
  }

  private Future<String> deployGateway() {
    boolean domains = config.roles().stream().anyMatch(DOMAINS::contains);
    NodeHealth health = new NodeHealth(version(), config.embedded() ? "embedded" : "production", config.roles(),
        domains ? config.storeKind() : null, pg, cache, cluster,
        ModelService.createProxy(vertx, new DeliveryOptions().setSendTimeout(2_000)), bootstrap);
    gateway = new GatewayVerticle(config.http(), config.auth(), devSecret, config.busTimeout(), health, registry);
    return vertx.deployVerticle(gateway).onSuccess(id -> gatewayDeployment = id);
  }

  /** A token for the dev secret (dev mode only), valid 12 hours, tier enterprise. */
  public String devToken() {
    return devToken("dev-user", Tier.ENTERPRISE);
  }

  /** A dev-secret token for another user or tier (dev mode only; tests use it for ownership and tiers). */
  public String devToken(String sub, Tier tier) {
    if (devSecret == null) {
      throw new IllegalStateException("dev tokens exist only in auth.mode=dev");
    }
    return TokenMinter.mint(devSecret, sub, tier, Duration.ofHours(12), config.auth().issuer(),
        config.auth().audience());
  }

  /** This node's cluster node id, or "local" when not clustered. */
  public String clusterNodeId() {
    return cluster == null ? "local" : cluster.getNodeId();
  }

  public int httpPort() {
    return gateway == null ? -1 : gateway.port();
  }

  /** The repositories this node's domains use (null on a gateway-only node): for commands and tests. */
  public Stores stores() {
    return stores;
  }

  public Vertx vertx() {
    return vertx;
  }

  public AppConfig config() {
    return config;
  }

  /**
   * Graceful stop: the gateway stops accepting and finishes in-flight requests (the domains still
   * serve them), then the domains, store, cache and cluster membership are closed.
   */
  public Future<Void> stop() {
    Future<Void> drained = gatewayDeployment == null ? Future.succeededFuture()
        : vertx.undeploy(gatewayDeployment).otherwiseEmpty();
    // A context-free promise: the node's own contexts are gone by the time close completes.
    Promise<Void> stopped = Promise.promise();
    drained.onComplete(ignored -> vertx.close().onComplete(ar -> {
      LOG.info("node stopped");
      stopped.handle(ar);
    }));
    return stopped.future();
  }

  static String version() {
    String v = Node.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }

  private static String randomSecret() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
