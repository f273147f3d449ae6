package com.betterbros.props.testing;

import ch.qos.logback.core.PropertyDefinerBase;

/**
 * The name of this test JVM's log file under {@code target/test-logs} (logback-test.xml's
 * {@code <define name="testLog">}): the process id and the JVM's start time, unique per JVM, so
 * every Surefire and Failsafe fork writes its own file and the secrets audit can read them all.
 */
public final class TestLogName extends PropertyDefinerBase {

  /** This JVM's log file name, without directory. */
  public static String current() {
    ProcessHandle self = ProcessHandle.current();
    long started = self.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
    return "jvm-" + self.pid() + "-" + started + ".log";
  }

  @Override
  public String getPropertyValue() {
    return current();
  }
}
