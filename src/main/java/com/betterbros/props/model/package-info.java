/**
 * The prop models. The modelling core is pure (no Vert.x); {@code ModelService} serves the
 * production model from a worker verticle.
 *
 * <ul>
 *   <li>{@link com.betterbros.props.model.core.PropModelTrainer#train} trains a
 *       {@link com.betterbros.props.model.core.PropModel} of a
 *       {@link com.betterbros.props.model.core.ModelType} from
 *       {@link com.betterbros.props.model.core.TrainingRow}s, walk-forward by date, with a
 *       {@link com.betterbros.props.model.core.TrainingConfig} (hyper-parameters in
 *       {@link com.betterbros.props.model.core.HyperParameter}).
 *   <li>{@link com.betterbros.props.model.core.PropModel#predict} prices a batch of
 *       {@link com.betterbros.props.model.core.PredictionInput}s (one Tribuo batch call) into calibrated
 *       {@link com.betterbros.props.model.core.LegPrediction}s;
 *       {@link com.betterbros.props.model.core.PropModel#explain} gives the top
 *       {@link com.betterbros.props.model.core.Contribution}s.
 *   <li>{@link com.betterbros.props.model.core.PropModel#serialize} /
 *       {@link com.betterbros.props.model.core.PropModel#deserialize} store a model as one byte array
 *       (Tribuo protobuf plus calibrator, layout and dispersion).
 * </ul>
 *
 * <p>Feature-name contract: the feature vector is the caller's, in the order of the names given
 * to the trainer; NaN means missing. Names starting with "line" (the line_feature_prefix) must be
 * line-relative features that increase with the line (line, line minus a mean, ...), computed at
 * the priced line: the regression's mean ignores them and the XGBoost classifier is monotone in
 * them. Market information that does not move with the priced line (e.g. the posted line) must
 * use another name. Names must not start with "stat_type=" (the model's own indicators).
 *
 * <p>This package is the domain's edge: the service implementation, the verticle that binds it
 * ({@code *Verticle}), its HTTP routes ({@code *Routes}), its repositories (PostgreSQL and memory,
 * one contract) and its settings record. It may import its own {@code api} and {@code core}, other
 * domains' {@code api} and {@code core}, {@code store}, {@code bus}, {@code config}, {@code math},
 * {@code sim}, and {@code http} (routes only). No other domain imports it; {@code app} wires it.
 */
@ModuleGen(groupPackage = "com.betterbros.props.model", name = "model")
package com.betterbros.props.model;

import com.betterbros.props.model.api.ModelService;
import io.vertx.codegen.annotations.ModuleGen;
