package com.betterbros.props.platforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real platform responses in the shared fixtures directory, which lives next to the repository
 * ({@code ../shared/fixtures/platforms/} from the repo root, as CI clones it) or, on the dev
 * machine, at {@code /work/shared/fixtures/platforms/}. They are read in place, never copied.
 */
public final class Fixtures {

  public static final String PRIZEPICKS = "prizepicks-nba-2023-12-14.json";
  public static final String UNDERDOG = "underdog-nba-2023-12-27.json";

  private static final List<Path> CANDIDATES = List.of(
      Path.of("..", "shared", "fixtures", "platforms"),
      Path.of("/work/shared/fixtures/platforms"));

  private Fixtures() {
  }

  /** The first candidate directory that holds both fixture files. */
  public static Path dir() {
    return CANDIDATES.stream()
        .filter(dir -> Files.isRegularFile(dir.resolve(PRIZEPICKS))
            && Files.isRegularFile(dir.resolve(UNDERDOG)))
        .findFirst()
        .map(Path::toAbsolutePath)
        .orElseThrow(() -> new IllegalStateException(
            "platform fixtures not found; looked in " + CANDIDATES.stream()
                .map(p -> p.toAbsolutePath().normalize().toString()).toList()));
  }

  /** The raw bytes of fixture {@code name}. */
  public static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(dir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A fixture's text, decoded the way the service decodes feeds. */
  public static String text(String name) {
    return LenientText.decode(bytes(name));
  }
}
