package com.betterbros.props.platforms;

/**
 * A feed that cannot be parsed at all: not JSON, or JSON whose top-level shape is not the
 * platform's (for example no {@code data} array in a PrizePicks response). The message names the
 * problem, e.g. {@code "not valid JSON at line 3 column 5: ..."} or {@code "missing array 'data'"}.
 * Problems with single entries are never thrown; parsers count them as skipped instead.
 */
public final class MalformedFeedException extends RuntimeException {

  /** A malformed feed described by {@code message}. */
  public MalformedFeedException(String message) {
    super(message);
  }

  /** A malformed feed described by {@code message}, caused by {@code cause}. */
  public MalformedFeedException(String message, Throwable cause) {
    super(message, cause);
  }
}
