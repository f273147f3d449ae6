package com.betterbros.props.jobs;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * {@code bb_jobs{status="queued"|"running"}}: the jobs of every owner in the store now queued and
 * running (with PostgreSQL, the cluster's; in memory, this node's). Recounted with one query when a
 * job is created, starts or finishes, and at every sweep; never more than one count in flight (a
 * change during a count triggers one more when it ends).
 */
final class JobGauges {

  private final JobRepository jobs;
  private final AtomicLong queued = new AtomicLong();
  private final AtomicLong running = new AtomicLong();
  private final AtomicBoolean counting = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();

  JobGauges(JobRepository jobs, MeterRegistry registry) {
    this.jobs = jobs;
    if (registry != null) {
      gauge(registry, Job.QUEUED, queued);
      gauge(registry, Job.RUNNING, running);
    }
  }

  private static void gauge(MeterRegistry registry, String status, AtomicLong value) {
    Gauge.builder("bb_jobs", value, AtomicLong::get)
        .description("Jobs in the store by status: queued or running")
        .tag("status", status)
        .strongReference(true)
        .register(registry);
  }

  /** Recounts (or asks for one more count when one is in flight); failures keep the last values. */
  void refresh() {
    if (!counting.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    again.set(false);
    jobs.countActive()
        .onSuccess(counts -> {
          queued.set(counts.getOrDefault(Job.QUEUED, 0L));
          running.set(counts.getOrDefault(Job.RUNNING, 0L));
        })
        .onComplete(ar -> {
          counting.set(false);
          if (again.get()) {
            refresh();
          }
        });
  }

  /** {@code result}, after asking for a recount. */
  <T> Future<T> after(Future<T> result) {
    return result.onComplete(ar -> refresh());
  }
}
