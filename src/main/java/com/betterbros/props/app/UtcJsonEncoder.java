package com.betterbros.props.app;

import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Logback's {@link JsonEncoder} with the event time as an ISO-8601 UTC string
 * ({@code "timestamp":"2026-12-05T21:20:23.123Z"}, millisecond precision) instead of epoch millis,
 * written first in each line. Configured in {@code logback.xml}; everything else is the parent's.
 */
public final class UtcJsonEncoder extends JsonEncoder {

  /** Fixed width (always three fraction digits), so lines sort and align as text. */
  static final DateTimeFormatter ISO_UTC =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public UtcJsonEncoder() {
    setWithTimestamp(false); // the parent's epoch-millis member; ours replaces it
  }

  /** The parent's JSON line with {@code "timestamp":"<ISO-8601 UTC>"} as its first member. */
  @Override
  public byte[] encode(ILoggingEvent event) {
    String line = new String(super.encode(event), StandardCharsets.UTF_8);
    String stamp = "\"timestamp\":\"" + ISO_UTC.format(event.getInstant()) + "\"";
    int open = line.indexOf('{');
    String rest = line.substring(open + 1);
    String joined = rest.stripLeading().startsWith("}") ? stamp + rest : stamp + "," + rest;
    return (line.substring(0, open + 1) + joined).getBytes(StandardCharsets.UTF_8);
  }
}
