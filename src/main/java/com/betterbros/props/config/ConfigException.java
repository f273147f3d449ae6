package com.betterbros.props.config;

/** A configuration value that cannot be used; the message names the key (and its BB_* variable). */
public final class ConfigException extends RuntimeException {

  public ConfigException(String key, String problem) {
    super(describe(key) + " " + problem);
  }

  private static String describe(String key) {
    if (key.startsWith("BB_")) {
      return key;
    }
    String env = EnvOverrides.variableFor(key);
    return env == null ? key : key + " (" + env + ")";
  }
}
