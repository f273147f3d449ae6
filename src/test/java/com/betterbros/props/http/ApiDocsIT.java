package com.betterbros.props.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.app.Node;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.client.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The API docs work offline: /docs (Swagger UI) and /redoc load every script and stylesheet from
 * the service itself, under a Content-Security-Policy that allows nothing else; no token needed.
 */
@DisplayName("API docs: Swagger UI and ReDoc served from the service, no CDN, under a strict CSP")
class ApiDocsIT {

  private static Node node;
  private static ApiClient anonymous;

  @BeforeAll
  static void start() {
    node = TestNodes.embedded(Map.of("BB_SYNTH_DAYS", "3"));
    anonymous = new ApiClient(node.vertx(), node.httpPort(), null);
  }

  @AfterAll
  static void stop() {
    Await.result(node.stop());
  }

  @Test
  @DisplayName("each page's assets are local, served, and of the right type; the pages carry the CSP")
  void pagesAndAssets() {
    for (String page : new String[] {"/docs", "/redoc"}) {
      HttpResponse<Buffer> r = anonymous.get(page);
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.getHeader("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
          .doesNotContain("http");
      String html = r.bodyAsString();
      assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("<script>");
      Matcher assets = Pattern.compile("(?:src|href)=\"(/[^\"]+)\"").matcher(html);
      int found = 0;
      while (assets.find()) {
        HttpResponse<Buffer> asset = anonymous.get(assets.group(1));
        assertThat(asset.statusCode()).as(assets.group(1)).isEqualTo(200);
        assertThat(asset.getHeader("Content-Type")).as(assets.group(1)).matches("(text/css|text/javascript|application/javascript).*");
        found++;
      }
      assertThat(found).as(page + " assets").isGreaterThanOrEqualTo(2);
    }
    assertThat(anonymous.get("/docs/assets/swagger-ui-bundle.js").body().length()).isGreaterThan(500_000);
    assertThat(anonymous.get("/redoc/assets/redoc.standalone.js").bodyAsString()).contains("Redoc").hasSizeGreaterThan(500_000);
    assertThat(anonymous.get("/redoc/assets/LICENSE").bodyAsString()).contains("MIT");
    assertThat(anonymous.get("/openapi.yaml").bodyAsString()).startsWith("openapi:");
  }
}
