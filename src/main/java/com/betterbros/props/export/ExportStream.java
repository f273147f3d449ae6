package com.betterbros.props.export;

import com.betterbros.props.export.core.Column;
import com.betterbros.props.export.core.CsvChunks;
import com.betterbros.props.export.core.Table;
import com.betterbros.props.export.core.XlsxWorkbook;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an export: CSV and JSON page by page as chunks (each page written, and its write
 * completed, before the next is read), XLSX built page by page into a streamed workbook on a
 * worker pool, written to a temporary file and sent from it. Nothing holds the whole export in
 * memory. The first page is read before any header goes out, so a bad request or a missing
 * resource is an ordinary error reply; a failure after that closes the connection mid-file.
 */
final class ExportStream {

  private static final Logger LOG = LoggerFactory.getLogger(ExportStream.class);

  private final Vertx vertx;
  private final WorkerExecutor xlsx;

  ExportStream(Vertx vertx, WorkerExecutor xlsx) {
    this.vertx = vertx;
    this.xlsx = xlsx;
  }

  void send(HttpServerResponse response, RowSource source, ExportFormat format, String basename,
      Handler<Throwable> fail) {
    source.next().onComplete(first -> {
      if (first.failed()) {
        fail.handle(first.cause());
      } else if (format == ExportFormat.XLSX) {
        xlsx(response, source, first.result(), basename, fail);
      } else {
        text(response, source, format, first.result(), basename);
      }
    });
  }

  private void text(HttpServerResponse response, RowSource source, ExportFormat format, List<Object[]> first,
      String basename) {
    Table table = source.table();
    headers(response, format, basename).setChunked(true);
    boolean csv = format == ExportFormat.CSV;
    String head = csv ? CsvChunks.header(table) + CsvChunks.rows(table, first)
        : "{\"table\":\"" + table.name() + "\",\"items\":[" + json(table, first, true);
    boolean[] any = {!first.isEmpty()};
    response.write(head)
        .compose(v -> pump(response, source, rows -> {
          String chunk = csv ? CsvChunks.rows(table, rows) : json(table, rows, !any[0]);
          any[0] |= !rows.isEmpty();
          return chunk;
        }))
        .compose(v -> csv ? response.end() : response.end("]}"))
        .onFailure(t -> {
          LOG.warn("export {} stopped mid-file: {}", basename, t.toString());
          response.reset();
        });
  }

  private Future<Void> pump(HttpServerResponse response, RowSource source,
      java.util.function.Function<List<Object[]>, String> chunk) {
    return source.next().compose(rows -> rows.isEmpty() ? Future.succeededFuture()
        : response.write(chunk.apply(rows)).compose(v -> pump(response, source, chunk)));
  }

  private void xlsx(HttpServerResponse response, RowSource source, List<Object[]> first, String basename,
      Handler<Throwable> fail) {
    Table table = source.table();
    XlsxWorkbook[] workbook = new XlsxWorkbook[1];
    xlsx.<Void>executeBlocking(() -> {
          workbook[0] = new XlsxWorkbook();
          workbook[0].sheet(table);
          workbook[0].rows(first);
          return null;
        }, true)
        .compose(v -> append(source, workbook[0]))
        .compose(v -> xlsx.<Path>executeBlocking(() -> {
          Path file = Files.createTempFile("betterbros-export-", ".xlsx");
          try (OutputStream out = Files.newOutputStream(file)) {
            workbook[0].write(out);
          }
          return file;
        }, true))
        .onComplete(ar -> {
          xlsx.executeBlocking(() -> {
            if (workbook[0] != null) {
              workbook[0].close();
            }
            return null;
          }, true);
          if (ar.failed()) {
            fail.handle(ar.cause());
            return;
          }
          Path file = ar.result();
          headers(response, ExportFormat.XLSX, basename).sendFile(file.toString())
              .onComplete(sent -> vertx.fileSystem().delete(file.toString()));
        });
  }

  /** Sends several tables as one workbook, a sheet each (the rows already read). */
  void workbook(HttpServerResponse response, List<Table> tables, List<List<Object[]>> rows, String basename,
      Handler<Throwable> fail) {
    xlsx.<Path>executeBlocking(() -> {
      Path file = Files.createTempFile("betterbros-export-", ".xlsx");
      try (XlsxWorkbook book = new XlsxWorkbook(); OutputStream out = Files.newOutputStream(file)) {
        for (int i = 0; i < tables.size(); i++) {
          book.sheet(tables.get(i));
          book.rows(rows.get(i));
        }
        book.write(out);
      }
      return file;
    }, true).onComplete(ar -> {
      if (ar.failed()) {
        fail.handle(ar.cause());
        return;
      }
      String file = ar.result().toString();
      response.putHeader(HttpHeaders.CONTENT_TYPE, ExportFormat.XLSX.contentType)
          .putHeader("Content-Disposition", "attachment; filename=\"" + safe(basename) + ".xlsx\"")
          .sendFile(file).onComplete(sent -> vertx.fileSystem().delete(file));
    });
  }

  private Future<Void> append(RowSource source, XlsxWorkbook workbook) {
    return source.next().compose(rows -> rows.isEmpty() ? Future.succeededFuture()
        : xlsx.<Void>executeBlocking(() -> {
          workbook.rows(rows);
          return null;
        }, true).compose(v -> append(source, workbook)));
  }

  private static HttpServerResponse headers(HttpServerResponse response, ExportFormat format, String basename) {
    return response.putHeader(HttpHeaders.CONTENT_TYPE, format.contentType)
        .putHeader("Content-Disposition", "attachment; filename=\"" + safe(basename)
            + "-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + "." + format.extension + "\"");
  }

  private static String safe(String name) {
    return name.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  /** Rows as JSON objects keyed by column, comma-separated; {@code leading}: no comma before the first. */
  static String json(Table table, List<Object[]> rows, boolean leading) {
    StringBuilder out = new StringBuilder();
    boolean first = leading;
    for (Object[] row : rows) {
      out.append(first ? "" : ",").append(object(table, row).encode());
      first = false;
    }
    return out.toString();
  }

  /** A row as a JSON object keyed by column. */
  static JsonObject object(Table table, Object[] row) {
    JsonObject o = new JsonObject();
    List<Column> columns = table.columns();
    for (int c = 0; c < columns.size(); c++) {
      o.put(columns.get(c).name(), row[c]);
    }
    return o;
  }
}
