/** Props: platform boards, imports, refresh, line history. */
@ModuleGen(groupPackage = "com.betterbros.props.props", name = "props")
package com.betterbros.props.props;

import io.vertx.codegen.annotations.ModuleGen;
