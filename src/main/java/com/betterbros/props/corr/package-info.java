/** Correlation of legs' outcomes (Gaussian copula), estimated from residuals and shrunk to priors. */
@ModuleGen(groupPackage = "com.betterbros.props.corr", name = "corr")
package com.betterbros.props.corr;

import io.vertx.codegen.annotations.ModuleGen;
