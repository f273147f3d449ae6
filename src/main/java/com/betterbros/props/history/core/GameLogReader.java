package com.betterbros.props.history.core;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a game-log CSV (plain, or gzip: recognised by its magic bytes whatever the request said)
 * record by record with Commons CSV, so a file is never held decoded in memory. {@link #open}
 * checks that the bytes are CSV text with the needed header; {@link #next} hands out parsed rows
 * and per-line errors in chunks; {@link #progress} is the share of the input consumed.
 */
public final class GameLogReader implements Closeable {

  /** One line's outcome: a row, or the error that made the line be skipped. */
  public record Item(GameLogRow row, GameLogParser.RowError error) {}

  private final CountingStream counted;
  private final long size;
  private final CSVParser parser;
  private final Iterator<CSVRecord> records;
  private final GameLogColumns columns;

  private GameLogReader(byte[] bytes) throws IOException {
    this.size = bytes.length;
    this.counted = new CountingStream(new ByteArrayInputStream(bytes));
    InputStream in = isGzip(bytes) ? new GZIPInputStream(counted, 64 * 1024) : counted;
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    this.parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get().parse(reader);
    this.records = parser.iterator();
    if (!records.hasNext()) {
      throw new GameLogFormatException("the file is empty");
    }
    this.columns = GameLogColumns.of(records.next().toList());
  }

  /**
   * Opens a file and reads its header.
   *
   * @throws GameLogFormatException when the bytes are not text, not valid gzip, or the header lacks columns
   */
  public static GameLogReader open(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new GameLogFormatException("the file is empty");
    }
    if (!isGzip(bytes) && looksBinary(bytes)) {
      throw new GameLogFormatException("not CSV text: the body holds binary bytes (send gzip with its magic bytes,"
          + " or plain UTF-8 text)");
    }
    try {
      return new GameLogReader(bytes);
    } catch (IOException | UncheckedIOException e) {
      throw new GameLogFormatException("not a readable " + (isGzip(bytes) ? "gzip" : "CSV") + " file: "
          + e.getMessage());
    } catch (IllegalStateException e) {
      throw new GameLogFormatException("not CSV: " + e.getMessage());
    }
  }

  /**
   * Counts the data lines of a file (newlines after the header, a final unterminated line
   * included), reading at most {@code maxDecodedBytes} decoded bytes.
   *
   * @throws GameLogFormatException for bad gzip or a file that decodes to more than the cap
   */
  public static long countLines(byte[] bytes, long maxDecodedBytes) {
    try (InputStream in = isGzip(bytes) ? new GZIPInputStream(new ByteArrayInputStream(bytes), 64 * 1024)
        : new ByteArrayInputStream(bytes)) {
      byte[] buf = new byte[64 * 1024];
      long lines = 0;
      long total = 0;
      int last = '\n';
      int n;
      while ((n = in.read(buf)) > 0) {
        total += n;
        if (total > maxDecodedBytes) {
          throw new GameLogFormatException("the file decodes to more than " + maxDecodedBytes + " bytes");
        }
        for (int i = 0; i < n; i++) {
          if (buf[i] == '\n') {
            lines++;
          }
        }
        last = buf[n - 1];
      }
      return Math.max(0, lines + (last != '\n' ? 1 : 0) - 1);
    } catch (IOException e) {
      throw new GameLogFormatException("not a readable gzip file: " + e.getMessage());
    }
  }

  public GameLogColumns columns() {
    return columns;
  }

  /** Up to {@code max} more lines; empty at the end of the file. */
  public List<Item> next(int max) {
    List<Item> out = new ArrayList<>(Math.min(max, 8192));
    try {
      while (out.size() < max && records.hasNext()) {
        CSVRecord record = records.next();
        long line = parser.getCurrentLineNumber();
        try {
          out.add(new Item(GameLogParser.parse(record, line, columns), null));
        } catch (GameLogParser.BadCell e) {
          out.add(new Item(null, new GameLogParser.RowError(line, e.column, e.getMessage())));
        }
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new GameLogFormatException("the CSV breaks off near line " + parser.getCurrentLineNumber() + ": "
          + e.getMessage());
    }
    return out;
  }

  /** The share of the input bytes consumed, 0..1. */
  public double progress() {
    return size == 0 ? 1 : Math.min(1.0, (double) counted.count / size);
  }

  @Override
  public void close() {
    try {
      parser.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean isGzip(byte[] bytes) {
    return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
  }

  /** NUL or other control bytes (besides tab, CR, LF) in the first 4 KiB. */
  private static boolean looksBinary(byte[] bytes) {
    for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
      int b = bytes[i] & 0xff;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') {
        return true;
      }
    }
    return false;
  }

  /** Counts the compressed bytes read, for progress. */
  private static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count += b >= 0 ? 1 : 0;
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(0, n);
      return n;
    }
  }
}
