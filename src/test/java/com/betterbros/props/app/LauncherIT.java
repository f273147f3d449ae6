package com.betterbros.props.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command, {@code bin/betterbros}, against the packaged jar in a real process: the
 * embedded node loads the synthetic season and trains and promotes its first model (protobuf, under
 * Tribuo's model files, is the library that calls sun.misc.Unsafe), and stderr never shows the
 * JDK's Unsafe warning. The same jar under a bare {@code java -jar} does show it, so the check is
 * known to see the warning when it is there.
 */
@DisplayName("bin/betterbros runs the jar without the JDK's sun.misc.Unsafe warning; plain java -jar still runs")
class LauncherIT {

  static final Path JAR = Path.of("target/betterbros-props.jar");
  static final Duration PROMOTED_WITHIN = Duration.ofMinutes(3);

  @TempDir
  Path dir;

  @Test
  @DisplayName("bin/betterbros: the node serves its first promoted model and stderr has no Unsafe line")
  void launcher() throws Exception {
    List<String> stderr = serveUntilPromoted(List.of("bin/betterbros"), "launcher");
    assertThat(stderr).noneMatch(line -> line.contains("sun.misc.Unsafe"));
  }

  @Test
  @DisplayName("java -jar target/betterbros-props.jar still serves, with the JDK's warning the launcher removes")
  void plainJar() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> stderr = serveUntilPromoted(List.of(java, "-jar", JAR.toString()), "jar");
    assertThat(stderr).anyMatch(line -> line.contains("sun.misc.Unsafe"));
  }

  /** Starts an embedded node on a free port, waits for its first promoted model, stops it; its stderr lines. */
  private List<String> serveUntilPromoted(List<String> command, String name) throws Exception {
    assertThat(JAR).as("the packaged jar (mvn package runs before the ITs)").exists();
    Path out = dir.resolve(name + ".out");
    Path err = dir.resolve(name + ".err");
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectOutput(out.toFile())
        .redirectError(err.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().put("BB_HTTP_PORT", "0");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    Process process = builder.start();
    try {
      long deadline = System.nanoTime() + PROMOTED_WITHIN.toNanos();
      while (!read(out).contains("serving promoted model")) {
        assertThat(process.isAlive()).as("%s exited early; stderr:%n%s", name, read(err)).isTrue();
        assertThat(System.nanoTime()).as("%s promoted no model in %s", name, PROMOTED_WITHIN).isLessThan(deadline);
        Thread.sleep(250);
      }
    } finally {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    return new ArrayList<>(Files.readAllLines(err, StandardCharsets.UTF_8));
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }
}
