package com.betterbros.props.app;

public final class Main {
  public static void main(String[] args) {
    System.out.println("bootstrap");
  }
}
