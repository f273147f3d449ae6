/** Context: injuries, team form and ratings, game matchups, weather. */
@ModuleGen(groupPackage = "com.betterbros.props.context", name = "context")
package com.betterbros.props.context;

import io.vertx.codegen.annotations.ModuleGen;
