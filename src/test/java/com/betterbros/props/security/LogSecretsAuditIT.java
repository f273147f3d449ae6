package com.betterbros.props.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.testing.TestLogName;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Issue 13, "no token, key or password in logs": runs after every other test of the build (the
 * pom's failsafe execution {@code secrets-audit}, phase post-integration-test) and reads the log
 * file each test JVM wrote to {@code target/test-logs} (logback-test.xml), failing with
 * {@code file:line} and the kind of secret — never the secret itself — for each line holding one.
 */
@DisplayName("Secrets audit: no test JVM of this build logged a JWT, a bbp_ key, a PEM private key or a secret "
    + "the tests use (target/test-logs is emptied at the start of each build, so \"0 files\" passes only when no "
    + "other test JVM logged in it)")
class LogSecretsAuditIT {

  private static final Path LOGS = Path.of("target", "test-logs");

  @Test
  @DisplayName("every line of every other test JVM's log is free of credentials")
  void noSecretsInLogs() throws IOException {
    List<TestSecrets.Needle> needles = TestSecrets.needles(Path.of("src", "test", "java"));
    assertThat(needles).as("the credential shapes and the suite's own secrets").hasSizeGreaterThan(10);
    String own = TestLogName.current();
    List<Path> files = logFiles(own);
    List<String> findings = new ArrayList<>();
    long lines = 0;
    for (Path file : files) {
      lines += scan(file, needles, findings);
    }
    System.out.printf("secrets audit: scanned %d files, %d lines in %s for %d patterns: %d findings%n", files.size(),
        lines, LOGS, needles.size(), findings.size());
    if (files.isEmpty()) {
      System.out.println("secrets audit: 0 files: no other test JVM logged in this build");
    }
    assertThat(findings).as("log lines holding a credential (file:line: kind)").isEmpty();
  }

  @Test
  @DisplayName("the audit sees what it looks for: this JVM's own log file exists (logging to files works), and a "
      + "JWT, a bbp_ key, a PEM header, a test secret and a clock-suffixed test password are each found in a sample")
  void auditCanFail() throws IOException {
    LoggerFactory.getLogger(LogSecretsAuditIT.class).info("secrets audit: this JVM logs to {}", TestLogName.current());
    assertThat(LOGS.resolve(TestLogName.current())).exists();
    List<TestSecrets.Needle> needles = TestSecrets.needles(Path.of("src", "test", "java"));
    Path sample = Files.createTempFile("audit-sample", ".log");
    try {
      Files.writeString(sample, String.join("\n", "clean line",
          "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln",
          "key bbp_" + "A".repeat(43),
          "-----BEGIN PRIVATE KEY-----",
          "x " + TestSecrets.literals(Path.of("src", "test", "java")).keySet().iterator().next() + " y",
          "password " + TestSecrets.clockSuffixed(Path.of("src", "test", "java")).keySet().iterator().next()
              + System.nanoTime()));
      List<String> findings = new ArrayList<>();
      assertThat(scan(sample, needles, findings)).isEqualTo(6);
      assertThat(findings).hasSize(5);
      assertThat(String.join("\n", findings)).contains(":2: a JWT", ":3: a bbp_ access key", ":4: a PEM private key",
          ":5: the test secret ", ":6: the test secret BusTlsClusterIT.PASSWORD");
    } finally {
      Files.deleteIfExists(sample);
    }
  }

  private static List<Path> logFiles(String own) throws IOException {
    if (!Files.isDirectory(LOGS)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(LOGS)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".log"))
          .filter(p -> !p.getFileName().toString().equals(own)).sorted().toList();
    }
  }

  /** Adds "file:line: kind" for each line holding a needle; returns the lines read. */
  private static long scan(Path file, List<TestSecrets.Needle> needles, List<String> findings) throws IOException {
    long n = 0;
    // an InputStreamReader replaces malformed bytes (a fuzzed request's) instead of failing
    try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
        StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        for (TestSecrets.Needle needle : needles) {
          if (needle.pattern().matcher(line).find()) {
            findings.add(file + ":" + n + ": " + needle.name());
          }
        }
      }
    }
    return n;
  }
}
