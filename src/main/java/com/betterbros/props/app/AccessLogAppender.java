package com.betterbros.props.app;

import ch.qos.logback.classic.AsyncAppender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The access log's appender (logback.xml, logger {@code access}): lines are handed to a bounded
 * queue and written by logback's worker thread, so an event loop never waits on stdout or a file.
 * When the queue is full (the output cannot keep up) a line is dropped, never waited for, and
 * counted: {@code bb_access_log_dropped_total} on {@code /metrics}. Configure it with
 * {@code neverBlock=true} and {@code discardingThreshold=0} (logback's default threshold would drop
 * INFO lines from 80 % full on).
 */
public final class AccessLogAppender extends AsyncAppender {

  private static final AtomicLong DROPPED = new AtomicLong();

  /**
   * Stops logback, which writes out what the access log's queue still holds (up to its flush time,
   * 1 s). {@code Main}'s shutdown hook calls it after the node's graceful stop, so the stop's own
   * lines are written too (logback's shutdown hook would run beside it and drop them).
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

  @Override
  protected void append(ILoggingEvent event) {
    // the check and the offer are not atomic: a line is counted as dropped when the queue was full
    // as it arrived, which is what an operator needs to know (the log is behind)
    if (getRemainingCapacity() == 0) {
      DROPPED.incrementAndGet();
    }
    super.append(event);
  }
}
