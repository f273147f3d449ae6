/**
 * Who may call what on the event bus: bus caller tokens ({@code auth-token} header, HS256 with the
 * cluster's bus secret), the outbound interceptor that stamps every send with the current caller's
 * token (a gateway request's verified user, else the node), and the inbound interceptor that checks
 * each message against the tier matrix before a service sees it.
 */
package com.betterbros.props.access;
