package com.betterbros.props.real;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** The real NBA test files of {@code src/test/resources/real/} (see its README). */
public final class RealData {

  public static final String SEASON_2024 = "/real/box_scores_2024-25.csv.gz";
  public static final String SEASON_2025 = "/real/box_scores_2025-26.csv.gz";
  public static final String BOARD = "/real/prizepicks_2024-11-15.json";
  /** Hand-made (see the resource README): an Underdog response for one game of the board's date. */
  public static final String UNDERDOG_HANDMADE = "/real/underdog_2024-11-15_handmade.json";

  private RealData() {}

  public static byte[] bytes(String resource) {
    try (InputStream in = RealData.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The decompressed text of a gzip resource. */
  public static String text(String gzResource) {
    try (InputStream in = new GZIPInputStream(RealData.class.getResourceAsStream(gzResource))) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Both seasons as one gzip CSV (one header), as a user would send them in one request. */
  public static byte[] bothSeasonsGzip() {
    String first = text(SEASON_2024);
    String second = text(SEASON_2025);
    return gzip(first + second.substring(second.indexOf('\n') + 1));
  }

  public static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
