package com.betterbros.props.export.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as CSV in chunks (RFC 4180, Commons CSV: comma, CRLF, a field quoted when it holds a
 * comma, a quote or a line break, quotes doubled): the header line, then any number of chunks of
 * rows, each a string to send as it is ready. Numbers print as Java writes them, booleans as
 * true/false, null as an empty field. UTF-8 text, no byte-order mark.
 */
public final class CsvChunks {

  private CsvChunks() {}

  /** The header line. */
  public static String header(Table table) {
    return rows(List.<Object[]>of(table.headers().toArray()), table.columns().size());
  }

  /** Some rows of {@code table}. */
  public static String rows(Table table, List<Object[]> rows) {
    rows.forEach(table::check);
    return rows(rows, table.columns().size());
  }

  private static String rows(List<Object[]> rows, int width) {
    StringBuilder out = new StringBuilder(rows.size() * width * 12);
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      for (Object[] row : rows) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
