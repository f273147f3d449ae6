package com.betterbros.props.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.spi.AppenderAttachable;
import ch.qos.logback.core.spi.AppenderAttachableImpl;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The access log's appender (logback.xml, logger {@code access}): lines are handed to a bounded
 * queue and written in batches by one background thread, so an event loop never waits on stdout
 * or a file. When the queue is full (the output cannot keep up) a line is dropped, never waited
 * for, and counted: {@code bb_access_log_dropped_total} on {@code /metrics}.
 *
 * <p>Unlike logback's {@code AsyncAppender}, whose worker blocks on the queue and is woken for every
 * line, the writer here is never woken by a request: it drains whatever has queued, writes it, and
 * sleeps {@code flushIntervalMs} (50) when it found nothing. At thousands of requests a second the
 * wake-up per line (a futex call and two context switches) cost more than the line itself: a third
 * of a cached {@code GET /props}'s throughput on two cores (docs/BENCHMARKS.md). A line is written
 * at most {@code flushIntervalMs} after its request ended; at stop the queue is written out first
 * (up to 1 s).
 */
public final class AccessLogAppender extends UnsynchronizedAppenderBase<ILoggingEvent>
    implements AppenderAttachable<ILoggingEvent> {

  private static final AtomicLong DROPPED = new AtomicLong();
  private static final int BATCH = 512;
  private static final long STOP_FLUSH_MS = 1_000;

  private final AppenderAttachableImpl<ILoggingEvent> appenders = new AppenderAttachableImpl<>();
  private int queueSize = 8192;
  private long flushIntervalMs = 50;
  private BlockingQueue<ILoggingEvent> queue;
  private Thread writer;

  /**
   * Stops logback, which writes out what the access log's queue still holds (up to 1 s). {@code
   * Main}'s shutdown hook calls it after the node's graceful stop, so the stop's own lines are
   * written too (logback's shutdown hook would run beside it and drop them).
   */
  public static void flushLogs() {
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
      context.stop();
    }
  }

  /** Lines dropped by every access-log appender of this JVM since it started. */
  public static long dropped() {
    return DROPPED.get();
  }

  public void setQueueSize(int queueSize) {
    this.queueSize = queueSize;
  }

  public int getQueueSize() {
    return queueSize;
  }

  public void setFlushIntervalMs(long flushIntervalMs) {
    this.flushIntervalMs = flushIntervalMs;
  }

  public long getFlushIntervalMs() {
    return flushIntervalMs;
  }

  @Override
  public void start() {
    if (queueSize < 1 || flushIntervalMs < 1) {
      addError("queueSize and flushIntervalMs must be positive");
      return;
    }
    queue = new ArrayBlockingQueue<>(queueSize);
    super.start();
    writer = new Thread(this::writeUntilStopped, "access-log-writer-" + getName());
    writer.setDaemon(true);
    writer.start();
  }

  @Override
  public void stop() {
    if (!isStarted()) {
      return;
    }
    super.stop();
    LockSupport.unpark(writer);
    try {
      writer.join(STOP_FLUSH_MS + flushIntervalMs);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    appenders.detachAndStopAllAppenders();
  }

  @Override
  protected void append(ILoggingEvent event) {
    // what the line needs from the request's thread (message, thread name, MDC) is fixed now
    event.prepareForDeferredProcessing();
    if (!queue.offer(event)) {
      DROPPED.incrementAndGet();
    }
  }

  private void writeUntilStopped() {
    List<ILoggingEvent> batch = new ArrayList<>(BATCH);
    while (isStarted()) {
      if (queue.drainTo(batch, BATCH) == 0) {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(flushIntervalMs));
        continue;
      }
      write(batch);
    }
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STOP_FLUSH_MS);
    while (System.nanoTime() < deadline && queue.drainTo(batch, BATCH) > 0) {
      write(batch);
    }
  }

  private void write(List<ILoggingEvent> batch) {
    for (ILoggingEvent event : batch) {
      appenders.appendLoopOnAppenders(event);
    }
    batch.clear();
  }

  @Override
  public void addAppender(Appender<ILoggingEvent> appender) {
    appenders.addAppender(appender);
  }

  @Override
  public Iterator<Appender<ILoggingEvent>> iteratorForAppenders() {
    return appenders.iteratorForAppenders();
  }

  @Override
  public Appender<ILoggingEvent> getAppender(String name) {
    return appenders.getAppender(name);
  }

  @Override
  public boolean isAttached(Appender<ILoggingEvent> appender) {
    return appenders.isAttached(appender);
  }

  @Override
  public void detachAndStopAllAppenders() {
    appenders.detachAndStopAllAppenders();
  }

  @Override
  public boolean detachAppender(Appender<ILoggingEvent> appender) {
    return appenders.detachAppender(appender);
  }

  @Override
  public boolean detachAppender(String name) {
    return appenders.detachAppender(name);
  }
}
