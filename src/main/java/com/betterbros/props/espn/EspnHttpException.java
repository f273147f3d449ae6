package com.betterbros.props.espn;

/**
 * ESPN answered with a status other than 200: at once for a status that is not worth retrying (404,
 * 400...), or after the retries for 429 and 5xx. The message names the status and the URL.
 */
public final class EspnHttpException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private static final int SNIPPET_CHARS = 200;

  private final int status;
  private final String url;
  private final String bodySnippet;

  /**
   * ESPN answered {@code status} for {@code url} after {@code attempts} attempts; {@code
   * bodySnippet} is the start of the body (null or empty: none).
   */
  public EspnHttpException(int status, String url, String bodySnippet, int attempts) {
    super(
        "ESPN answered HTTP "
            + status
            + " for GET "
            + url
            + (attempts > 1 ? " (after " + attempts + " attempts)" : "")
            + (bodySnippet == null || bodySnippet.isEmpty() ? "" : ": " + snippet(bodySnippet)));
    this.status = status;
    this.url = url;
    this.bodySnippet = bodySnippet == null ? "" : snippet(bodySnippet);
  }

  /** Shortens a body to its first 200 characters. */
  static String snippet(String body) {
    return body.length() <= SNIPPET_CHARS ? body : body.substring(0, SNIPPET_CHARS) + "...";
  }

  /** The HTTP status ESPN answered. */
  public int status() {
    return status;
  }

  /** The URL requested. */
  public String url() {
    return url;
  }

  /** The first characters of the response body (empty when there was none). */
  public String bodySnippet() {
    return bodySnippet;
  }
}
