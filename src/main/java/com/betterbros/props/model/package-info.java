/** Models: Tribuo training and batch inference of P(over), the production model, predictions. */
@ModuleGen(groupPackage = "com.betterbros.props.model", name = "model")
package com.betterbros.props.model;

import io.vertx.codegen.annotations.ModuleGen;
