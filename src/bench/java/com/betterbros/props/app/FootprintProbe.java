package com.betterbros.props.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * What the {@code heap} command measures in a JVM: the heap in use after a full GC (five
 * {@code System.gc()} calls, MemoryMXBean) and the process's resident set ({@code VmRSS}) and its
 * peak ({@code VmHWM}) from {@code /proc/self/status}; and how a stage runs in a child JVM of its
 * own (same java, JVM options and class path), so each stage's RSS is its own, not what an earlier
 * stage left committed.
 */
public final class FootprintProbe {

  /** The line prefix a stage prints per measurement, read back by the parent. */
  static final String PREFIX = "footprint|";

  /** One measurement: what was measured, heap used after GC (bytes), RSS and peak RSS (KiB). */
  public record Measure(String what, long heapBytes, long rssKiB, long peakRssKiB) {
    public String line() {
      return PREFIX + what + "|" + heapBytes + "|" + rssKiB + "|" + peakRssKiB;
    }

    static Measure parse(String line) {
      String[] f = line.substring(PREFIX.length()).split("\\|");
      return new Measure(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]));
    }

    /** A markdown table row: heap and RSS in MiB. */
    String row(String stage) {
      return String.format("| %s | %s | %.1f | %.1f | %.1f |", stage, what, heapBytes / 1048576.0,
          rssKiB / 1024.0, peakRssKiB / 1024.0);
    }
  }

  private FootprintProbe() {}

  /** Measures now (after a full GC) and prints the line the parent reads. */
  public static Measure measure(String what) {
    Measure m = new Measure(what, usedAfterGc(), status("VmRSS"), status("VmHWM"));
    System.out.println(m.line());
    return m;
  }

  /** Heap used after five {@code System.gc()} calls 200 ms apart. */
  public static long usedAfterGc() {
    for (int i = 0; i < 5; i++) {
      System.gc();
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** A {@code /proc/self/status} field in KiB (Linux), or -1 where there is none. */
  public static long status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(field + ":")) {
          return Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return -1;
    }
    return -1;
  }

  /**
   * Runs {@code BenchMain heap --stage stage args...} in a child JVM with this JVM's java, options
   * and class path ({@code xmx}, when not null, caps its heap: {@code -Xmx} after the inherited options);
   * returns the measurements it printed. A child that fails ends the run with the last lines of its output.
   */
  static List<Measure> inChild(String stage, String xmx, List<String> args) {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
        "java").toString()));
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    if (xmx != null) {
      command.add("-Xmx" + xmx);
    }
    command.addAll(List.of("-classpath", System.getProperty("java.class.path"),
        "com.betterbros.props.bench.BenchMain", "heap", "--stage", stage));
    command.addAll(args);
    List<Measure> measures = new ArrayList<>();
    Deque<String> tail = new ArrayDeque<>();
    try {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(PREFIX)) {
            measures.add(Measure.parse(line));
          } else if (line.startsWith("note: ")) {
            System.out.println(stage + " " + line);
          }
          if (!line.startsWith("\tat ")) { // stack frames left out: the exceptions and log lines stay
            tail.addLast(line);
          }
          if (tail.size() > 40) {
            tail.removeFirst();
          }
        }
      }
      if (child.waitFor() != 0) {
        throw new IllegalStateException("stage " + stage + " failed (exit " + child.exitValue() + "):\n"
            + String.join("\n", tail));
      }
    } catch (IOException e) {
      throw new IllegalStateException("stage " + stage + " could not start: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
    return measures;
  }
}
