package com.betterbros.props.export.core;

/** A column of an export: its header, and how its cells are typed in a spreadsheet. */
public record Column(String name, Type type) {

  /** A cell's type: text, a number, a whole number, true/false, or an ISO-8601 instant or date. */
  public enum Type {
    TEXT,
    NUMBER,
    INTEGER,
    BOOLEAN,
    TIMESTAMP,
    DATE
  }

  public static Column text(String name) {
    return new Column(name, Type.TEXT);
  }

  public static Column number(String name) {
    return new Column(name, Type.NUMBER);
  }

  public static Column integer(String name) {
    return new Column(name, Type.INTEGER);
  }

  public static Column bool(String name) {
    return new Column(name, Type.BOOLEAN);
  }

  public static Column timestamp(String name) {
    return new Column(name, Type.TIMESTAMP);
  }

  public static Column date(String name) {
    return new Column(name, Type.DATE);
  }
}
