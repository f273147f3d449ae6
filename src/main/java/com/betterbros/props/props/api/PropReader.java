package com.betterbros.props.props.api;

import com.betterbros.props.props.core.LinePoint;
import com.betterbros.props.props.core.Prop;
import com.betterbros.props.props.core.PropQuery;
import com.betterbros.props.store.Page;
import io.vertx.core.Future;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Reading stored props in-process: what the domains that price props on the same node (features,
 * model, correlations, experiments) may ask of the props domain without a bus hop. The props
 * repository implements it; {@code app} hands it to them. Writes stay with the props domain.
 */
public interface PropReader {

  /** One page of props matching the query, in its sort order (start time then id when it names none). */
  Future<Page<Prop>> find(PropQuery query);

  /** The prop with this id, or null. */
  Future<Prop> findById(String id);

  /** The props of these ids that exist, by id (one query, whatever the number of ids). */
  Future<Map<String, Prop>> findByIds(Collection<String> ids);

  /** The line histories of these props, oldest first, by id (ids without one are left out; one query). */
  Future<Map<String, List<LinePoint>>> lineHistories(Collection<String> ids);
}
