package com.betterbros.props.export.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Tables as an XLSX workbook, streamed (Apache POI {@link SXSSFWorkbook}): only a window of
 * {@value #WINDOW} rows per sheet stays in memory, older rows are flushed to a temporary file, so
 * 100,000 rows do not need 100,000 rows of heap. One sheet per table, a bold header row frozen
 * above the rows, typed cells: numbers and whole numbers numeric, booleans boolean, timestamps and
 * dates as real date cells (UTC), text as text. Not thread-safe: one caller, in order.
 */
public final class XlsxWorkbook implements AutoCloseable {

  /** Rows kept in memory per sheet. */
  public static final int WINDOW = 100;

  private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
  private final CellStyle header;
  private final CellStyle timestamp;
  private final CellStyle date;
  private SXSSFSheet sheet;
  private Table table;
  private int next;

  public XlsxWorkbook() {
    workbook.setCompressTempFiles(true);
    Font bold = workbook.createFont();
    bold.setBold(true);
    header = workbook.createCellStyle();
    header.setFont(bold);
    short format = workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss");
    timestamp = workbook.createCellStyle();
    timestamp.setDataFormat(format);
    date = workbook.createCellStyle();
    date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
  }

  /** Starts a sheet for {@code t}, with its header row; later rows go to it. */
  public void sheet(Table t) {
    table = t;
    sheet = workbook.createSheet(t.name());
    sheet.createFreezePane(0, 1);
    Row row = sheet.createRow(0);
    List<String> headers = t.headers();
    for (int c = 0; c < headers.size(); c++) {
      Cell cell = row.createCell(c);
      cell.setCellValue(headers.get(c));
      cell.setCellStyle(header);
    }
    next = 1;
  }

  /** Appends rows to the current sheet. */
  public void rows(List<Object[]> rows) {
    if (sheet == null) {
      throw new IllegalStateException("no sheet started");
    }
    for (Object[] values : rows) {
      table.check(values);
      Row row = sheet.createRow(next++);
      for (int c = 0; c < values.length; c++) {
        if (values[c] != null) {
          set(row.createCell(c), table.columns().get(c).type(), values[c]);
        }
      }
    }
  }

  /** Writes the workbook (every sheet) to {@code out}. */
  public void write(OutputStream out) {
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes the temporary files and frees the workbook. */
  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }

  private void set(Cell cell, Column.Type type, Object value) {
    switch (type) {
      case NUMBER, INTEGER -> {
        if (value instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else {
          cell.setCellValue(value.toString());
        }
      }
      case BOOLEAN -> cell.setCellValue(value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString()));
      case TIMESTAMP -> {
        cell.setCellValue(Instant.parse(value.toString()).atOffset(ZoneOffset.UTC).toLocalDateTime());
        cell.setCellStyle(timestamp);
      }
      case DATE -> {
        cell.setCellValue(LocalDate.parse(value.toString()));
        cell.setCellStyle(date);
      }
      case TEXT -> cell.setCellValue(value.toString());
    }
  }
}
