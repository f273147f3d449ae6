package com.betterbros.props.eval.core;

import com.betterbros.props.model.core.ModelType;
import java.util.Map;
import java.util.Set;

/**
 * How a backtest retrains its model: the model's family, hyper-parameters (as its experiment
 * trained it), stat types, example source ("props" or "history") and seed.
 */
public record ModelRecipe(ModelType type, Map<String, Object> hyperParameters, Set<String> statTypes, String source,
    long seed) {

  public ModelRecipe {
    hyperParameters = Map.copyOf(hyperParameters);
    statTypes = Set.copyOf(statTypes);
  }
}
