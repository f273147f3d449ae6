package com.betterbros.props.auth;

/**
 * A rejected token. The message is a short reason meant for the 401 body ("token expired", "bad
 * signature", ...); no stack trace is captured, since the reason says everything.
 */
public final class AuthFailure extends RuntimeException {

  /** Creates a failure with a short, client-safe reason. */
  public AuthFailure(String reason) {
    super(reason, null, false, false);
  }

  /** The short reason, same as {@link #getMessage()}. */
  public String reason() {
    return getMessage();
  }
}
