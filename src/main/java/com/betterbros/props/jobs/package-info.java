/** Jobs: one resource for every long task (imports, syncs), owned by the user who started it. */
@ModuleGen(groupPackage = "com.betterbros.props.jobs", name = "jobs")
package com.betterbros.props.jobs;

import io.vertx.codegen.annotations.ModuleGen;
