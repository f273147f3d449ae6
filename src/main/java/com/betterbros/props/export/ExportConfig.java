package com.betterbros.props.export;

import com.betterbros.props.config.ConfigValues;

/**
 * The export domain's settings ({@code export} in application.yaml): the most rows one export
 * writes (a larger selection is a 422 naming the filter) and the worker pool that builds XLSX
 * workbooks (file IO, off the event loop).
 */
public record ExportConfig(int maxRows, int xlsxThreads) {

  public static ExportConfig defaults() {
    return new ExportConfig(100_000, 2);
  }

  public static ExportConfig from(ConfigValues v) {
    return new ExportConfig(v.integer("max_rows", 100_000, 1, 1_000_000), v.integer("xlsx_threads", 2, 1, 64));
  }
}
