package com.betterbros.props.app;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Lets one of logback.xml's appenders through and mutes the other, by {@code BB_LOG_FORMAT}:
 * {@code format} is the appender's own format, {@code selected} the configured one. Both appenders
 * stay referenced by the root logger (an unreferenced one makes logback print its status at start).
 */
public final class LogFormatFilter extends Filter<ILoggingEvent> {

  private String format = "json";
  private String selected = "json";
  private boolean muted;

  /** This appender's format (json or plain). */
  public void setFormat(String format) {
    this.format = format;
  }

  /** The configured format, BB_LOG_FORMAT (json when unset). */
  public void setSelected(String selected) {
    this.selected = selected;
  }

  @Override
  public void start() {
    muted = !format.trim().equalsIgnoreCase(selected.trim());
    super.start();
  }

  @Override
  public FilterReply decide(ILoggingEvent event) {
    return muted ? FilterReply.DENY : FilterReply.NEUTRAL;
  }
}
