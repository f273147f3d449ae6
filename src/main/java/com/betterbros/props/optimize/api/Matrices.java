package com.betterbros.props.optimize.api;

import io.vertx.core.json.JsonArray;

/** The wire form of a matrix: a JSON array of rows of numbers. */
final class Matrices {

  private Matrices() {}

  static JsonArray json(double[][] r) {
    JsonArray rows = new JsonArray();
    for (double[] row : r) {
      JsonArray json = new JsonArray();
      for (double x : row) {
        json.add(x);
      }
      rows.add(json);
    }
    return rows;
  }
}
