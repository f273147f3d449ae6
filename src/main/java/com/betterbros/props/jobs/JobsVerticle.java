package com.betterbros.props.jobs;

import com.betterbros.props.jobs.api.JobsService;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import io.vertx.serviceproxy.ServiceBinder;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds {@link JobsService}. A job runs in the memory of the node that started it, so when that
 * node stops or crashes the job can never finish: at start and every {@code jobs.sweep_interval_s}
 * this verticle fails the queued and running jobs whose node is no longer a cluster member.
 */
public final class JobsVerticle extends VerticleBase {

  static final String INTERRUPTED = "interrupted: the node running it stopped before it finished";
  private static final Logger LOG = LoggerFactory.getLogger(JobsVerticle.class);

  private final JobRepository jobs;
  private final Supplier<Set<String>> liveNodes;
  private final JobsConfig config;
  private final io.micrometer.core.instrument.MeterRegistry registry;
  private JobGauges gauges;
  private MessageConsumer<JsonObject> consumer;
  private long sweepTimer = -1;

  /**
   * {@code liveNodes} gives the ids of the nodes now running (cluster members, or this node's run id);
   * {@code registry} gets the {@code bb_jobs} gauges (null: none).
   */
  public JobsVerticle(JobRepository jobs, Supplier<Set<String>> liveNodes, JobsConfig config,
      io.micrometer.core.instrument.MeterRegistry registry) {
    this.registry = registry;
    this.jobs = jobs;
    this.liveNodes = liveNodes;
    this.config = config;
  }

  @Override
  public Future<?> start() {
    gauges = new JobGauges(jobs, registry);
    consumer = new ServiceBinder(vertx)
        .setAddress(JobsService.ADDRESS)
        .register(JobsService.class, new JobsServiceImpl(jobs, gauges));
    sweepTimer = vertx.setPeriodic(config.sweepInterval().toMillis(), id -> sweep());
    return sweep().compose(v -> consumer.completion());
  }

  private Future<Void> sweep() {
    return jobs.failInterrupted(liveNodes.get(), INTERRUPTED, Instant.now())
        .onSuccess(n -> {
          if (n > 0) {
            LOG.warn("failed {} job(s) left unfinished by nodes no longer running", n);
          }
        })
        .onComplete(ar -> gauges.refresh())
        .<Void>mapEmpty()
        .recover(t -> {
          LOG.warn("cannot sweep interrupted jobs: {}", t.getMessage());
          return Future.succeededFuture();
        });
  }

  @Override
  public Future<?> stop() {
    vertx.cancelTimer(sweepTimer);
    return consumer.unregister();
  }
}
