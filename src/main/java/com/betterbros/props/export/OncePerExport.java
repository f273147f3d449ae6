package com.betterbros.props.export;

import com.betterbros.props.export.core.Table;
import io.vertx.core.Future;
import java.util.List;
import java.util.function.Supplier;

/** A source whose rows come in one read (a snapshot's items, a calibration's bins): then nothing. */
final class OncePerExport implements RowSource {

  private final Table table;
  private final Supplier<Future<List<Object[]>>> read;
  private boolean done;

  OncePerExport(Table table, Supplier<Future<List<Object[]>>> read) {
    this.table = table;
    this.read = read;
  }

  @Override
  public Table table() {
    return table;
  }

  @Override
  public Future<List<Object[]>> next() {
    if (done) {
      return Future.succeededFuture(List.of());
    }
    done = true;
    return read.get();
  }
}
