package com.betterbros.props.espn;

/**
 * ESPN could not be reached: every attempt ended in a connection error or a timeout. The cause is
 * the last attempt's failure (a {@link java.util.concurrent.TimeoutException} for a timeout).
 */
public final class EspnUnreachableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** GET {@code url} failed {@code attempts} times, the last time with {@code cause}. */
  public EspnUnreachableException(String url, int attempts, Throwable cause) {
    super(
        "ESPN did not answer GET "
            + url
            + " after "
            + attempts
            + (attempts == 1 ? " attempt: " : " attempts: ")
            + cause.getMessage(),
        cause);
  }
}
