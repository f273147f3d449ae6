package com.betterbros.props.context.api;

import com.betterbros.props.context.core.Injury;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;

/**
 * Reading injury spells in-process, for the node's shared history snapshot (features): the context
 * repository implements it and {@code app} hands it over.
 */
public interface InjuryReader {

  /**
   * Injuries filtered by team (null = all) and by a date the spell covers (null = any), ordered by
   * start date then player id.
   */
  Future<List<Injury>> injuries(String teamId, LocalDate onDate);
}
