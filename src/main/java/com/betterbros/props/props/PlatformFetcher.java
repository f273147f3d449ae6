package com.betterbros.props.props;

import com.betterbros.props.bus.Failures;
import com.betterbros.props.platforms.LenientText;
import io.vertx.core.Future;
import io.vertx.ext.web.client.WebClient;
import io.vertx.serviceproxy.ServiceException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/** Fetches a platform board over HTTP: 200 or a clear 502, a timeout as 504. */
final class PlatformFetcher {

  private final WebClient client;
  private final Duration timeout;

  PlatformFetcher(WebClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  Future<String> fetch(String platform, String url) {
    return client.getAbs(url)
        .putHeader("Accept", "application/json")
        .timeout(timeout.toMillis())
        .send()
        .recover(t -> Future.failedFuture(transportFailure(platform, t)))
        .compose(resp -> {
          if (resp.statusCode() != 200) {
            return Future.failedFuture(Failures.upstream(
                platform + " answered HTTP " + resp.statusCode() + " from " + url));
          }
          byte[] bytes = resp.body() == null ? new byte[0] : resp.body().getBytes();
          return Future.succeededFuture(LenientText.decode(bytes));
        });
  }

  private ServiceException transportFailure(String platform, Throwable t) {
    if (t instanceof TimeoutException || String.valueOf(t.getMessage()).contains("timeout")) {
      return new ServiceException(Failures.GATEWAY_TIMEOUT,
          platform + " did not answer within " + timeout.toMillis() + " ms",
          new io.vertx.core.json.JsonObject().put("error", "upstream_timeout"));
    }
    return Failures.upstream(platform + " could not be reached: " + t.getMessage());
  }
}
