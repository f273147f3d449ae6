package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.spi.FilterReply;
import io.vertx.core.json.JsonObject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The production logback.xml (not the test one), loaded into a fresh logger context: both formats it
 * offers write the event time as ISO-8601 UTC, exactly the event's instant to the millisecond.
 */
@DisplayName("the shipped logback.xml writes ISO-8601 UTC timestamps in its JSON and plain formats")
class LogFormatTest {

  /** 2026-12-05T21:20:23.123456789Z: the nanoseconds show the millisecond truncation. */
  static final Instant AT = Instant.parse("2026-12-05T21:20:23.123456789Z");

  @Test
  @DisplayName("json (the default): the first member is \"timestamp\", an ISO-8601 UTC string")
  void json() throws Exception {
    String line = encode(null);
    assertThat(line).startsWith("{\"timestamp\":\"2026-12-05T21:20:23.123Z\",");
    JsonObject json = new JsonObject(line.strip());
    assertThat(Instant.parse(json.getString("timestamp"))).isEqualTo(Instant.parse("2026-12-05T21:20:23.123Z"));
    assertThat(json.getString("level")).isEqualTo("INFO");
    assertThat(json.getString("formattedMessage")).isEqualTo("served 3 props");
    assertThat(json.containsKey("nanoseconds")).isFalse();
  }

  @Test
  @DisplayName("plain (BB_LOG_FORMAT=plain): the line starts with the ISO-8601 UTC time")
  void plain() throws Exception {
    String line = encode("plain");
    String stamp = line.substring(0, line.indexOf(' '));
    assertThat(Instant.parse(stamp)).isEqualTo(Instant.parse("2026-12-05T21:20:23.123Z"));
    assertThat(line).contains("INFO").contains("served 3 props");
  }

  /**
   * Configures a fresh context from main's logback.xml (no status warning), then encodes one event
   * with the one root appender its filters let through.
   */
  private static String encode(String format) throws Exception {
    LoggerContext context = new LoggerContext();
    if (format != null) {
      context.putProperty("BB_LOG_FORMAT", format);
    }
    JoranConfigurator configurator = new JoranConfigurator();
    configurator.setContext(context);
    URL main = LogFormatTest.class.getResource("/logback.xml");
    assertThat(main).as("main's logback.xml on the class path").isNotNull();
    configurator.doConfigure(main);
    try {
      assertThat(context.getStatusManager().getCopyOfStatusList())
          .as("logback reports no warning or error about the configuration")
          .allMatch(status -> status.getEffectiveLevel() < ch.qos.logback.core.status.Status.WARN);
      Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      LoggingEvent event = new LoggingEvent(LogFormatTest.class.getName(), root, Level.INFO, "served {} props",
          null, new Object[] {3});
      event.setInstant(AT);
      List<OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>> writing = new ArrayList<>();
      Iterator<Appender<ch.qos.logback.classic.spi.ILoggingEvent>> appenders = root.iteratorForAppenders();
      while (appenders.hasNext()) {
        var appender = (OutputStreamAppender<ch.qos.logback.classic.spi.ILoggingEvent>) appenders.next();
        if (appender.getFilterChainDecision(event) != FilterReply.DENY) {
          writing.add(appender);
        }
      }
      assertThat(writing).as("exactly one appender writes").hasSize(1);
      assertThat(writing.get(0).getName()).isEqualTo(format == null ? "json" : format);
      return new String(writing.get(0).getEncoder().encode(event), StandardCharsets.UTF_8);
    } finally {
      context.stop();
    }
  }
}
