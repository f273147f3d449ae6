package com.betterbros.props.app;

import com.betterbros.props.access.BusAccess;
import com.betterbros.props.access.core.AccessMatrix;
import com.betterbros.props.auth.Tier;
import com.betterbros.props.auth.TokenMinter;
import com.betterbros.props.cache.CacheVerticle;
import com.betterbros.props.experiments.ModelBootstrap;
import com.betterbros.props.features.HistorySnapshots;
import com.betterbros.props.http.GatewayVerticle;
import com.betterbros.props.http.MetricsListenerVerticle;
import com.betterbros.props.model.ModelState;
import com.betterbros.props.model.api.ModelService;
import com.betterbros.props.ratelimit.RateLimiter;
import com.betterbros.props.store.Cache;
import com.betterbros.props.store.LocalCache;
import com.betterbros.props.store.PgStore;
import com.betterbros.props.store.RedisCache;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running node: Vert.x (clustered or not) with metrics, then infrastructure (store, cache,
 * synthetic season), then the domain verticles its roles name, then the HTTP gateway.
 */
public final class Node {

  private static final Logger LOG = LoggerFactory.getLogger(Node.class);
  /** System property: warn when an event-loop task runs longer than this many ms (tests: 100). */
  static final String BLOCKED_WARNING_PROPERTY = "bb.maxEventLoopExecuteTimeMs";

  private final AppConfig config;
  private final Vertx vertx;
  private final HazelcastClusterManager cluster;
  private final PrometheusMeterRegistry registry;
  private final NodeMetrics metrics;
  private final String devSecret;
  /** This node's run: its cluster node id, or a fresh id per start when not clustered (jobs record it). */
  private final String runId;
  private final BusAccess busAccess;
  private PgStore pg;
  private Repositories stores;
  private Cache cache;
  /** The props' "now": {@code platforms.now} if configured, else the synthetic season's day, else the system's. */
  private Clock clock;
  private final ModelBootstrap bootstrap = new ModelBootstrap();
  private final com.betterbros.props.bus.JobIntake intake = new com.betterbros.props.bus.JobIntake();
  private GatewayVerticle gateway;
  private String gatewayDeployment;
  private MetricsListenerVerticle metricsListener;

  private Node(AppConfig config, Vertx vertx, HazelcastClusterManager cluster, NodeMetrics metrics) {
    this.config = config;
    this.vertx = vertx;
    this.cluster = cluster;
    this.metrics = metrics;
    this.registry = metrics.registry();
    metrics.install(vertx);
    this.devSecret = "dev".equals(config.auth().mode()) ? TokenMinter.randomSecret() : null;
    this.runId = cluster == null ? "local-" + UUID.randomUUID() : cluster.getNodeId();
    // every bus send carries a caller token, every guarded address checks it (access-matrix.yaml)
    this.busAccess = BusAccess.install(vertx, AccessMatrix.bundled(), config.busSecret(), runId);
    com.betterbros.props.bus.UnwrittenRequestRetry.install(vertx, registry); // resends what a dead member missed
    Instant pinned = config.platforms().now();
    this.clock = pinned == null ? Clock.systemUTC() : Clock.fixed(pinned, ZoneOffset.UTC);
  }

  /** Builds Vert.x and deploys everything the configuration asks for. */
  public static Future<Node> start(AppConfig config) {
    if (config.roles().contains(Role.KEYS) && config.keys().missing() != null) { // before any store, cluster or port
      return Future.failedFuture(new com.betterbros.props.config.ConfigException("keys", config.keys().missing()));
    }
    NodeMetrics metrics = NodeMetrics.create();
    VertxOptions options = NodeMetrics.vertxOptions(Long.getLong(BLOCKED_WARNING_PROPERTY));
    var builder = Vertx.builder().with(options).withMetrics(metrics.factory());
    if (!config.cluster().enabled()) {
      return new Node(config, builder.build(), null, metrics).deploy();
    }
    HazelcastClusterManager manager = ClusterSetup.clusterManager(config.cluster());
    String host = ClusterSetup.address(config.cluster().host());
    options.setEventBusOptions(ClusterSetup.busOptions(config.cluster(), host));
    return builder.withClusterManager(manager).buildClustered()
        .compose(vertx -> new Node(config, vertx, manager, metrics).deploy());
  }

  private Future<Node> deploy() {
    Set<Role> roles = config.roles();
    Future<Repositories> stores = Role.anyUsesStore(roles) ? openStores() : Future.succeededFuture(null);
    return stores
        .compose(s -> s != null && Role.anyReadsHistory(roles) && config.embedded()
            && config.synthetic().loadOnStart()
            ? SeasonLoader.generateAndLoad(vertx, s, config.synthetic().seed(), config.synthetic().days())
                .map(season -> {
                  clock = config.platforms().now() != null ? clock : Clock.fixed(season.now(), ZoneOffset.UTC);
                  return s;
                })
            : Future.succeededFuture(s))
        .compose(s -> deployDomains(s).compose(v -> bootstrapModel(s)))
        .compose(v -> roles.contains(Role.GATEWAY) ? deployGateway() : Future.succeededFuture())
        .compose(v -> config.http().metricsListener() ? deployMetricsListener() : Future.succeededFuture())
        .map(this)
        .recover(t -> stop().transform(ignored -> Future.failedFuture(t)));
  }

  private Future<Repositories> openStores() {
    cache = metrics.metered(config.cache().redisUrl() == null
        ? new LocalCache(config.cache().maxLocalEntries()) : new RedisCache(vertx, config.cache()));
    if (config.embedded()) {
      stores = Repositories.memory();
      return Future.succeededFuture(stores);
    }
    return PgStore.open(vertx, config.pg()).map(store -> {
      pg = store;
      stores = Repositories.postgres(store.pool(), config.platforms().listingMaxAge());
      return stores;
    });
  }

  /** The ids of the nodes running now: cluster members, or this node's run id alone. */
  private Supplier<Set<String>> liveNodes() {
    return cluster == null ? () -> Set.of(runId) : () -> Set.copyOf(cluster.getNodes());
  }

  /** Deploys, in the table's order, the domain verticles of this node's roles. */
  private Future<Void> deployDomains(Repositories repositories) {
    // One history snapshot and one production model per node, shared by every domain that reads them.
    HistorySnapshots snapshots = repositories == null ? null
        : new HistorySnapshots(repositories.history(), repositories.context(), config.features().snapshotTtl());
    ModelState model = repositories == null ? null : new ModelState(repositories.models(), clusterNodeId());
    DomainTable.Parts parts = new DomainTable.Parts(repositories, cache, snapshots, model, runId, liveNodes(),
        clock, registry, intake);
    Future<?> chain = Future.succeededFuture();
    for (DomainTable.Row row : DomainTable.rows(config, parts)) {
      if (config.roles().contains(row.role())) {
        chain = chain.compose(v -> vertx.deployVerticle(row.verticle(), row.options()));
      }
    }
    chain = cache == null ? chain // every node holding a cache serves and hears its invalidation
        : chain.compose(v -> vertx.deployVerticle(new CacheVerticle(cache, snapshots::invalidate)));
    return chain.mapEmpty();
  }

  /**
   * A node with the model and experiments roles trains and promotes a first model in the background
   * when there is none (embedded or PostgreSQL mode), as soon as the history allows.
   */
  private Future<Void> bootstrapModel(Repositories stores) {
    if (stores == null || !config.synthetic().trainOnStart()
        || !config.roles().containsAll(EnumSet.of(Role.MODEL, Role.EXPERIMENTS))) {
      return Future.succeededFuture();
    }
    return bootstrap.start(vertx, stores.models(), config.busTimeout());
  }

  private NodeHealth health() {
    boolean domains = config.roles().stream().anyMatch(r -> r.usesStore);
    return new NodeHealth(version(), config.embedded() ? "embedded" : "production", config.roles(),
        domains ? config.storeKind() : null, pg, cache, cluster,
        ModelService.createProxy(vertx, new DeliveryOptions().setSendTimeout(2_000)), bootstrap);
  }

  /** The metrics-only listener (http.metrics_port): /metrics and /health of this node, any roles. */
  private Future<String> deployMetricsListener() {
    metricsListener = new MetricsListenerVerticle(config.http(), registry, health());
    return vertx.deployVerticle(metricsListener).onSuccess(id -> LOG.info("metrics listener on {}:{}",
        config.http().metricsHost(), metricsListener.port()));
  }

  private Future<String> deployGateway() {
    gateway = new GatewayVerticle(config.http(), config.auth(), devSecret, config.busTimeout(), health(), registry,
        DomainTable.routes(config.http(), config.export(), config.live()), new RateLimiter(vertx, config.rateLimit(),
        config.cache().redisUrl()), DomainTable.apiKeys(), DomainTable.accounts(config.users()));
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
    Duration ttl = java.util.Collections.min(java.util.List.of(Duration.ofHours(12), config.auth().maxLifetime()));
    return TokenMinter.mint(devSecret, sub, tier, ttl, config.auth().issuer(), config.auth().audience());
  }

  /** This node's cluster node id, or "local" when not clustered. */
  public String clusterNodeId() {
    return cluster == null ? "local" : cluster.getNodeId();
  }

  public int httpPort() {
    return gateway == null ? -1 : gateway.port();
  }

  /** The metrics-only listener's port, or -1 when this node has none. */
  public int metricsPort() {
    return metricsListener == null ? -1 : metricsListener.port();
  }

  /** The repositories this node's domains use (null on a gateway-only node): for commands and tests. */
  public Repositories stores() {
    return stores;
  }

  /** The clock this node's props lifecycle runs on (tests read the synthetic season's fixed "now"). */
  public Clock clock() {
    return clock;
  }

  public Vertx vertx() {
    return vertx;
  }

  public AppConfig config() {
    return config;
  }

  /** Graceful stop ({@link NodeShutdown}): no new jobs, in-flight requests and jobs get http.shutdown_grace_ms. */
  public Future<Void> stop() {
    Supplier<Future<?>> drain = () -> gatewayDeployment == null
        ? Future.succeededFuture() : vertx.undeploy(gatewayDeployment);
    return new NodeShutdown(vertx, stores, runId, liveNodes(), intake).stop(drain, config.http().shutdownGrace())
        .onComplete(ar -> {
          busAccess.uninstall();
          LOG.info("node stopped");
        });
  }

  static String version() {
    return java.util.Objects.requireNonNullElse(Node.class.getPackage().getImplementationVersion(), "dev");
  }
}
