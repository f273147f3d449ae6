package com.betterbros.props.export.core;

import java.util.List;

/**
 * The shape of an export (one sheet of a workbook): its name and columns. A row is one value per
 * column, in order; null is an empty cell. Values: {@code String} (text, and ISO-8601 text for
 * timestamps and dates), {@code Number}, {@code Boolean}.
 */
public record Table(String name, List<Column> columns) {

  public Table {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
  }

  /** The headers in order. */
  public List<String> headers() {
    return columns.stream().map(Column::name).toList();
  }

  /** Checks a row's width. */
  public Object[] check(Object[] row) {
    if (row.length != columns.size()) {
      throw new IllegalArgumentException(name + ": a row needs " + columns.size() + " values, got " + row.length);
    }
    return row;
  }
}
