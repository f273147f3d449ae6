// A JVM client of the live edge feed, with nothing but the JDK (java.net.http, JDK 11+).
// Run it against a node (the dev token is printed at start; the feed needs the pro tier or above):
//
//   java examples/LiveEdges.java http://127.0.0.1:8080 "$TOKEN" '{"min_edge":0.05,"stat_types":["points"]}'
//
// It subscribes with the filter (third argument, optional), prints the snapshot's size and then one
// line per event, and reconnects with since=<last seq> when the connection drops, so nothing is
// missed while the node's ring buffer still holds it (else the node sends a fresh snapshot).

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class LiveEdges {

  private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");
  private static final Pattern TYPE = Pattern.compile("\"type\":\"([a-z.]+)\"");
  private static volatile long lastSeq = -1;

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: java examples/LiveEdges.java BASE_URL TOKEN [FILTER_JSON]");
      System.exit(2);
    }
    String ws = args[0].replaceFirst("^http", "ws") + "/ws/edges";
    String filter = args.length > 2 ? args[2] : "{}";
    HttpClient http = HttpClient.newHttpClient();
    while (true) {
      CountDownLatch closed = new CountDownLatch(1);
      String uri = lastSeq >= 0 ? ws + "?since=" + lastSeq : ws;
      try {
        http.newWebSocketBuilder()
            .header("Authorization", "Bearer " + args[1])
            .buildAsync(URI.create(uri), new Printer(closed))
            .thenAccept(socket -> socket.sendText("{\"op\":\"subscribe\",\"filter\":" + filter + "}", true))
            .join();
        closed.await();
      } catch (Exception e) {
        System.err.println("connection failed: " + e.getMessage());
      }
      Thread.sleep(2_000);  // then reconnect with since=
    }
  }

  /** Prints each message's type and seq; a message may arrive in several fragments. */
  private static final class Printer implements WebSocket.Listener {
    private final StringBuilder partial = new StringBuilder();
    private final CountDownLatch closed;

    Printer(CountDownLatch closed) {
      this.closed = closed;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String message = partial.toString();
        partial.setLength(0);
        Matcher type = TYPE.matcher(message);
        Matcher seq = SEQ.matcher(message);
        String t = type.find() ? type.group(1) : "?";
        if (seq.find() && (t.startsWith("edge.") || t.equals("slip.best") || t.equals("snapshot"))) {
          lastSeq = Long.parseLong(seq.group(1));  // reconnect from here
        }
        System.out.println(message.length() > 240 ? message.substring(0, 240) + "..." : message);
      }
      socket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
      System.err.println("closed " + code + " " + reason);
      closed.countDown();
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
      System.err.println("error: " + error.getMessage());
      closed.countDown();
    }
  }
}
