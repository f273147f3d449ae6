package com.betterbros.props.math;

/** A matrix that is not a valid correlation matrix; the message says which problem. */
public class InvalidCorrelationException extends IllegalArgumentException {

  public InvalidCorrelationException(String message) {
    super(message);
  }
}
