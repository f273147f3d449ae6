package com.betterbros.props.optimize.core;

/**
 * The exact search would exceed its work budget (exact block evaluations or search nodes) on this
 * board: it stops rather than return a slip it cannot prove optimal. The service answers 422 on
 * {@code method}; the genetic and greedy methods have no such limit.
 */
public final class SearchBudgetException extends RuntimeException {

  public SearchBudgetException(String message) {
    super(message);
  }
}
