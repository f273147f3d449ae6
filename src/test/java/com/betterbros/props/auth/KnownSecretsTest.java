package com.betterbros.props.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Known secrets: no published HS256 secret is accepted, and every one in the repository is listed")
class KnownSecretsTest {

  /** A literal value given to BB_AUTH_HS256_SECRET or hs256_secret (not a $(...) or ${...} expansion). */
  private static final Pattern ASSIGNED = Pattern.compile(
      "(?:BB_AUTH_HS256_SECRET|hs256_secret)\\s*[=:]\\s*(?:\\$\\{[A-Z_]+:-)?['\"]?([A-Za-z0-9!_.+/=-]{16,})");

  @Test
  @DisplayName("the old compose secret and placeholder secrets are refused at start, naming auth.hs256_secret")
  void refused() {
    for (String secret : List.of("local-only-compose-secret-change-me-0123456789",
        "please-CHANGEME-before-production-0123456789", "an-example-secret-of-at-least-32-bytes")) {
      assertThatThrownBy(() -> new AuthConfig("hs256", secret, null, null, null, null, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("auth.hs256_secret is a published example or placeholder");
    }
    assertThat(new AuthConfig("hs256", "q3Jx9vR2mL7wT4kZ8nB1cY6hF0dS5gA3", null, null, null, null, null, null)
        .hs256Secret()).hasSize(32);
  }

  @Test
  @DisplayName("every secret literal in the compose file, docs, config and scripts is a known secret")
  void repositoryScanned() throws IOException {
    List<Path> files = new ArrayList<>(List.of(Path.of("docker-compose.yml"), Path.of("README.md"),
        Path.of("conf/application.yaml"), Path.of("Dockerfile")));
    for (String dir : List.of("docs", "cluster")) {
      if (Files.isDirectory(Path.of(dir))) {
        try (Stream<Path> walk = Files.walk(Path.of(dir))) {
          walk.filter(Files::isRegularFile).forEach(files::add);
        }
      }
    }
    List<String> found = new ArrayList<>();
    for (Path f : files) {
      if (!Files.isRegularFile(f)) {
        continue;
      }
      Matcher m = ASSIGNED.matcher(Files.readString(f));
      while (m.find()) {
        found.add(f + ": " + m.group(1));
        assertThat(KnownSecrets.isKnown(m.group(1))).as("%s publishes the secret %s: add it to KnownSecrets", f,
            m.group(1)).isTrue();
      }
    }
    assertThat(Files.readString(Path.of("docker-compose.yml"))).doesNotContain("HS256_SECRET:")
        .contains("env_file: ./secrets.env");
    assertThat(Files.readString(Path.of(".gitignore"))).contains("secrets.env");
  }
}
