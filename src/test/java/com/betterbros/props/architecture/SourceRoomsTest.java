package com.betterbros.props.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rooms stay small and say what they are for (issue 10, "Small rooms"): every production source
 * file is at most {@value #MAX_LINES} lines (split past that; small records below 50 are fine), and
 * every package has a package-info.java whose Javadoc says what the package is for.
 */
@DisplayName("Source rooms: files of at most 250 lines, a package-info with a Javadoc per package")
class SourceRoomsTest {

  static final int MAX_LINES = 250;
  static final Path MAIN = Path.of("src/main/java");

  @Test
  @DisplayName("no production source file is longer than 250 lines")
  void filesStaySmall() throws IOException {
    try (Stream<Path> files = Files.walk(MAIN)) {
      List<String> tooLong = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> lines(p) > MAX_LINES)
          .map(p -> MAIN.relativize(p) + " (" + lines(p) + " lines)")
          .toList();
      assertThat(tooLong).as("files over %d lines", MAX_LINES).isEmpty();
    }
  }

  @Test
  @DisplayName("every package has a package-info.java with a Javadoc")
  void everyPackageSaysWhatItIsFor() throws IOException {
    try (Stream<Path> dirs = Files.walk(MAIN)) {
      List<String> missing = dirs.filter(Files::isDirectory)
          .filter(SourceRoomsTest::holdsJava)
          .filter(d -> !documented(d.resolve("package-info.java")))
          .map(d -> MAIN.relativize(d).toString())
          .toList();
      assertThat(missing).as("packages without a documented package-info.java").isEmpty();
    }
  }

  private static boolean holdsJava(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(p -> p.toString().endsWith(".java"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean documented(Path info) {
    try {
      return Files.exists(info) && Files.readString(info).stripLeading().startsWith("/**");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long lines(Path p) {
    try (Stream<String> lines = Files.lines(p)) {
      return lines.count();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
