/** Experiments: background training jobs, holdout metrics, comparison and promotion. */
@ModuleGen(groupPackage = "com.betterbros.props.experiments", name = "experiments")
package com.betterbros.props.experiments;

import io.vertx.codegen.annotations.ModuleGen;
