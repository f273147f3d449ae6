/** The users domain's records: plain Java, no Vert.x. */
package com.betterbros.props.users.core;
