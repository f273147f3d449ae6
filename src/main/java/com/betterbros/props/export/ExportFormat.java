package com.betterbros.props.export;

import com.betterbros.props.bus.Failures;
import java.util.Locale;

/** What an export is written as, with its content type and file extension. */
enum ExportFormat {
  JSON("application/json", "json"),
  CSV("text/csv; charset=utf-8", "csv"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  final String contentType;
  final String extension;

  ExportFormat(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The format named by the {@code format} parameter (JSON when absent); 400 naming it otherwise. */
  static ExportFormat parse(String value) {
    if (value == null || value.isBlank()) {
      return JSON;
    }
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Failures.badRequest("format", "format must be json, csv or xlsx, got '" + value + "'");
    }
  }
}
