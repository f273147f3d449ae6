package com.betterbros.props.espn;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the files under src/test/resources/espn (see the README there for which are recorded). */
public final class EspnFixtures {

  private EspnFixtures() {}

  /** The text of {@code espn/<name>}. */
  public static String read(String name) {
    try (InputStream in = EspnFixtures.class.getResourceAsStream("/espn/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource espn/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
