package com.betterbros.props.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of its own for {@code chaos postgres}: {@code initdb} into a temporary
 * directory and {@code pg_ctl} on a free loopback port (trust auth, user postgres), run as the
 * {@code postgres} user through {@code runuser} when this process is root (the server refuses to run
 * as root). The machine's PostgreSQL on 5432 is never touched; {@link #close} stops it and deletes it.
 */
final class ThrowawayPostgres implements AutoCloseable {

  private final Path dir;
  private final int port;
  private final boolean root;

  ThrowawayPostgres(int port) throws Exception {
    this.port = port;
    this.root = "root".equals(System.getProperty("user.name"));
    this.dir = Files.createTempDirectory("bb-chaos-pg-");
    if (root) {
      run(List.of("chown", "postgres:postgres", dir.toString()), false, 10);
    }
    run(List.of("initdb", "-D", dir.resolve("data").toString(), "-A", "trust", "-U", "postgres"), true, 120);
    start();
    run(List.of("createdb", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", "postgres", "betterbros_chaos"),
        false, 30);
  }

  /** The URL of its {@code betterbros_chaos} database. */
  String url() {
    return "postgresql://postgres@127.0.0.1:" + port + "/betterbros_chaos";
  }

  /** Starts the server and waits until it accepts connections. */
  void start() throws Exception {
    run(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-l", dir.resolve("server.log").toString(), "-w",
        "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + dir, "start"), true, 60);
  }

  /** Stops the server (fast mode: open sessions are ended). */
  void stop() throws Exception {
    run(List.of("pg_ctl", "-D", dir.resolve("data").toString(), "-m", "fast", "-w", "stop"), true, 60);
  }

  @Override
  public void close() throws Exception {
    try {
      stop();
    } catch (Exception alreadyStopped) {
      // nothing to stop
    }
    run(List.of("rm", "-rf", dir.toString()), false, 60);
  }

  private void run(List<String> command, boolean asPostgres, long seconds) throws Exception {
    List<String> line = new ArrayList<>();
    if (asPostgres && root) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(command);
    Path out = Files.createTempFile("bb-chaos-pg-", ".out");
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(out.toFile());
    Process p = builder.start();
    if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", line) + " took over " + seconds + " s");
    }
    String text = Files.readString(out);
    Files.deleteIfExists(out);
    if (p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", line) + " exited " + p.exitValue() + ":\n" + text);
    }
  }
}
