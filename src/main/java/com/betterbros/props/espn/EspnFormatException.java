package com.betterbros.props.espn;

/**
 * An ESPN response that cannot be read: not JSON, or JSON without the structure the parser needs.
 * The message names the endpoint and what is missing, e.g. {@code "scoreboard: missing array
 * 'events'"} or {@code "summary: not valid JSON (Unexpected end-of-input) at line 1 column 12"}.
 */
public final class EspnFormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A format problem described by {@code message}. */
  public EspnFormatException(String message) {
    super(message);
  }

  /** A format problem described by {@code message}, caused by {@code cause}. */
  public EspnFormatException(String message, Throwable cause) {
    super(message, cause);
  }
}
