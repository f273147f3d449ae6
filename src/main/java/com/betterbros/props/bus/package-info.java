/**
 * What the gateway and the domains share on the event bus: the addresses
 * ({@code Addresses}), the failures a service replies with (a {@code ServiceException} whose code is
 * the HTTP status, {@code Failures}), validated reads of query objects ({@code QueryParams}), and
 * whether this node still takes new jobs ({@code JobIntake}, closed when its stop begins).
 *
 * <p>May import Vert.x; imports no domain.
 */
package com.betterbros.props.bus;
