/** Features: leak-free per-(player, game, stat) feature vectors as of tip-off, single and batch. */
@ModuleGen(groupPackage = "com.betterbros.props.features", name = "features")
package com.betterbros.props.features;

import io.vertx.codegen.annotations.ModuleGen;
