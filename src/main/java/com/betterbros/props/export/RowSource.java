package com.betterbros.props.export;

import com.betterbros.props.export.core.Table;
import io.vertx.core.Future;
import java.util.List;

/**
 * The rows of one export, page by page: each call to {@link #next} reads the next page from the
 * owning domain's service (empty when there is no more). The first call fails with the service's
 * own error (400, 404, 422, 503) before anything is sent.
 */
interface RowSource {

  Table table();

  Future<List<Object[]>> next();
}
