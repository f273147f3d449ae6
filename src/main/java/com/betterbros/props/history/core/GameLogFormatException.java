package com.betterbros.props.history.core;

/** A history file that is not what its format says (not CSV, a header without the needed columns). */
public final class GameLogFormatException extends RuntimeException {

  public GameLogFormatException(String message) {
    super(message);
  }
}
