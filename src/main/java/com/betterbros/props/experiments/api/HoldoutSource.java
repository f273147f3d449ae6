package com.betterbros.props.experiments.api;

import com.betterbros.props.experiments.core.HoldoutRow;
import io.vertx.core.Future;
import java.time.LocalDate;
import java.util.List;

/**
 * An experiment's out-of-sample predictions, in-process: the holdout rows a model priced after the
 * last date it trained on, with their outcomes. The experiments repository holds them; the eval
 * domain reads them through this port ({@code app} hands it over).
 */
public interface HoldoutSource {

  /** A model's holdout: which experiment and model, its date range, and the rows in stored order. */
  record Holdout(String experimentId, String modelId, String modelType, LocalDate holdoutFrom, LocalDate holdoutTo,
      List<HoldoutRow> rows) {}

  /**
   * The holdout of {@code model}: {@code "production"} (the production model's experiment, whoever
   * trained it: its quality is public) or the id of one of {@code userId}'s experiments. Fails with
   * 404 for an unknown experiment, another user's, or no production model; 409 for an experiment
   * that has not succeeded.
   */
  Future<Holdout> holdout(String userId, String model);
}
