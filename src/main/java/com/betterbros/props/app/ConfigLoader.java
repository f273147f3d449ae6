package com.betterbros.props.app;

import com.betterbros.props.config.EnvOverrides;
import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.Map;

/**
 * Reads the configuration once: the defaults bundled in the jar, then the operator's YAML file
 * ({@code conf/application.yaml}, or the file named by BB_CONFIG), then the BB_* variables.
 */
public final class ConfigLoader {

  public static final String CONFIG_FILE_VARIABLE = EnvOverrides.CONFIG_FILE_VARIABLE;
  static final String BUNDLED = "config/application.yaml";

  private ConfigLoader() {}

  public static Future<AppConfig> load(Vertx vertx, Map<String, String> env) {
    String file = env.getOrDefault(CONFIG_FILE_VARIABLE, "conf/application.yaml");
    ConfigRetrieverOptions options = new ConfigRetrieverOptions()
        .setScanPeriod(0)
        .addStore(yaml(BUNDLED, false))
        .addStore(yaml(file, !env.containsKey(CONFIG_FILE_VARIABLE)));
    ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
    return retriever.getConfig()
        .eventually(retriever::close)
        .map(json -> AppConfig.from(EnvOverrides.apply(json, env)));
  }

  private static ConfigStoreOptions yaml(String path, boolean optional) {
    return new ConfigStoreOptions()
        .setType("file")
        .setFormat("yaml")
        .setOptional(optional)
        .setConfig(new JsonObject().put("path", path));
  }
}
