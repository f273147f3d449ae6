package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.Appender;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The access log never makes its caller wait: lines queue, and a full queue drops and counts. */
@DisplayName("the access log is written through a bounded queue that drops and counts, never blocks")
class AccessLogAppenderTest {

  @Test
  @DisplayName("the shipped logback.xml sends \"access\" (only) through one AccessLogAppender per format, non-blocking")
  void shippedConfiguration() throws Exception {
    LoggerContext context = new LoggerContext();
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    configurator.doConfigure(AccessLogAppenderTest.class.getResource("/logback.xml"));
    try {
      Logger access = context.getLogger("access");
      assertThat(access.isAdditive()).as("access lines are not also written by root directly").isFalse();
      List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
      access.iteratorForAppenders().forEachRemaining(appenders::add);
      // one queue per format (an AsyncAppender writes to one appender), each behind that format's filter
      assertThat(appenders).hasSize(2).allMatch(AccessLogAppender.class::isInstance);
      for (Appender<ILoggingEvent> appender : appenders) {
        AccessLogAppender queue = (AccessLogAppender) appender;
        assertThat(queue.getQueueSize()).isEqualTo(8192);
        assertThat(queue.getFlushIntervalMs()).isEqualTo(50);
        assertThat(queue.getCopyOfAttachedFiltersList()).as("only the selected format's queue takes lines").hasSize(1);
      }
      assertThat(appenders).extracting(a -> ((AccessLogAppender) a).iteratorForAppenders().next().getName())
          .containsExactlyInAnyOrder("json", "plain");
    } finally {
      context.stop();
    }
  }

  @Test
  @DisplayName("with the writer stuck, 50 lines return at once; each one is either written (after) or dropped and counted")
  void fullQueueDropsAndCounts() throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger written = new AtomicInteger();
    AppenderBase<ILoggingEvent> stuck = new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        written.incrementAndGet();
      }
    };
    Logger access = accessLogger(context, stuck, 1, 1);
    long before = AccessLogAppender.dropped();
    long started = System.nanoTime();
    for (int i = 0; i < 50; i++) {
      access.info("request {}", i);
    }
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    long dropped = AccessLogAppender.dropped() - before;
    release.countDown();
    context.stop();  // writes out what the queue still holds
    assertThat(tookMs).as("the caller never waited for the stuck writer (10 s)").isLessThan(5_000);
    // a queue of one: most lines found it full; the count is exact, so nothing is lost unaccounted
    assertThat(dropped).isBetween(40L, 49L);
    assertThat(written.get() + dropped).isEqualTo(50);
  }

  @Test
  @DisplayName("an idle writer is not woken per line: a line is written within the flush interval, and stop writes out the rest")
  void batchesAndStop() throws Exception {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
    Logger access = accessLogger(context, collector(written), 100, 20);
    access.info("request {}", 1);
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (written.isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(written).containsExactly("request 1");
    context.stop();

    LoggerContext parked = new LoggerContext();
    parked.setMDCAdapter(new LogbackMDCAdapter());
    written.clear();
    Logger idle = accessLogger(parked, collector(written), 100, 60_000);  // the writer sleeps a minute between looks
    Thread.sleep(50);  // it has looked once, found nothing and sleeps
    for (int i = 0; i < 3; i++) {
      idle.info("request {}", i);
    }
    assertThat(written).as("not written while the writer sleeps").isEmpty();
    parked.stop();
    assertThat(written).containsExactly("request 0", "request 1", "request 2");
  }

  private static AppenderBase<ILoggingEvent> collector(List<String> written) {
    return new AppenderBase<>() {
      @Override
      protected void append(ILoggingEvent event) {
        written.add(event.getFormattedMessage());
      }
    };
  }

  private static Logger accessLogger(LoggerContext context, AppenderBase<ILoggingEvent> out, int queueSize,
      long flushIntervalMs) {
    out.setContext(context);
    out.start();
    AccessLogAppender queue = new AccessLogAppender();
    queue.setContext(context);
    queue.setName("test");
    queue.setQueueSize(queueSize);
    queue.setFlushIntervalMs(flushIntervalMs);
    queue.addAppender(out);
    queue.start();
    Logger access = context.getLogger("access");
    access.setAdditive(false);
    access.setLevel(Level.INFO);
    access.addAppender(queue);
    return access;
  }
}
