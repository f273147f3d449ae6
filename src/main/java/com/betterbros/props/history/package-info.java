/** History: teams, players, games and box scores, with splits and matchups. */
@ModuleGen(groupPackage = "com.betterbros.props.history", name = "history")
package com.betterbros.props.history;

import io.vertx.codegen.annotations.ModuleGen;
