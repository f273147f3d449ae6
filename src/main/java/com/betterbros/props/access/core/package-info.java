/**
 * The tier matrix as data (access-matrix.yaml: HTTP operation or bus address to the level it asks
 * and whether it is owner-scoped), the verified {@code Caller}, and the decisions both the HTTP
 * gateway and the bus guard take from them. Plain Java.
 */
package com.betterbros.props.access.core;
