package com.betterbros.props.bench;

import com.betterbros.props.app.Node;
import com.betterbros.props.bus.Addresses;
import com.betterbros.props.props.api.PropFilter;
import com.betterbros.props.props.api.PropsService;
import com.betterbros.props.testing.Await;
import com.betterbros.props.testing.TestNodes;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code busbench [--seconds 10] [--warmup 3] [--concurrency 32]}: request/reply to
 * {@code props.service} ({@code list}, limit 50: the page {@code GET /props?limit=50} shows) from
 * another node of a 2-node Hazelcast cluster in this JVM (loopback, ports from 15841) against the
 * same call made on the node that runs props (local delivery), then the same page as JSON bytes
 * ({@code props.listing}) both ways. {@code --concurrency} requests are
 * kept in flight; the listing is kept by the props service, so the figures are the bus's cost.
 */
public final class BusBenchCommand {

  private static final String MEMBERS = "127.0.0.1:15841,127.0.0.1:15842,127.0.0.1:15843";

  private BusBenchCommand() {}

  /** Runs it with {@code --name value} options and prints the report. */
  public static void main(Map<String, String> o) {
    System.out.print(run(BenchMain.number(o, "seconds", 10), BenchMain.number(o, "warmup", 3),
        (int) BenchMain.number(o, "concurrency", 32)));
  }

  /** Both measurements and their ratio, as printed. */
  public static String run(long seconds, long warmup, int concurrency) {
    System.setProperty("hazelcast.wait.seconds.before.join", "1");
    Map<String, String> cluster = Map.of("BB_CLUSTER", "true", "BB_CLUSTER_MEMBERS", MEMBERS,
        "BB_CLUSTER_PORT", "15841", "BB_SYNTH_DAYS", "30", "BB_SYNTH_TRAIN_ON_START", "false");
    Node domain = TestNodes.embedded(with(cluster, "BB_ROLES", "props,history,jobs"));
    Node caller = null;
    try {
      caller = TestNodes.embedded(with(cluster, "BB_ROLES", "gateway"));
      PropFilter fifty = new PropFilter(new JsonObject().put("limit", "50"));
      DeliveryOptions bus = new DeliveryOptions().setSendTimeout(10_000);
      PropsService remote = PropsService.createProxy(caller.vertx(), bus);
      PropsService local = PropsService.createProxy(domain.vertx(), bus);
      int bytes = Await.result(local.list(fifty)).toJson().encode().length();
      double[] r = measure(caller.vertx(), () -> remote.list(fifty), seconds, warmup, concurrency);
      double[] l = measure(domain.vertx(), () -> local.list(fifty), seconds, warmup, concurrency);
      // the same page as JSON bytes (props.listing): what a gateway without props sends for GET /props
      JsonObject filter = fifty.toJson();
      Vertx callerVertx = caller.vertx();
      double[] rb = measure(callerVertx, () -> callerVertx.eventBus().request(Addresses.PROPS_LISTING, filter, bus),
          seconds, warmup, concurrency);
      double[] lb = measure(domain.vertx(), () -> domain.vertx().eventBus().request(Addresses.PROPS_LISTING, filter,
          bus), seconds, warmup, concurrency);
      return String.format("busbench: props.service list (limit 50, %,d bytes of JSON), %d in flight, %d s after %d s"
          + " warm-up (%d cores)%n"
          + "  list, other node (clustered, Hazelcast TCP on loopback): %8.0f req/s  p50 %.2f ms  p99 %.2f ms  errors %d%n"
          + "  list, same node (local delivery):                        %8.0f req/s  p50 %.2f ms  p99 %.2f ms  errors %d%n"
          + "  props.listing bytes, other node:                         %8.0f req/s  p50 %.2f ms  p99 %.2f ms  errors %d%n"
          + "  props.listing bytes, same node:                          %8.0f req/s  p50 %.2f ms  p99 %.2f ms  errors %d%n"
          + "  list remote / local: %.3f   bytes remote / list remote: %.3f   bytes remote / bytes local: %.3f%n",
          bytes, concurrency, seconds, warmup, Runtime.getRuntime().availableProcessors(),
          r[0], r[1], r[2], (long) r[3], l[0], l[1], l[2], (long) l[3], rb[0], rb[1], rb[2], (long) rb[3],
          lb[0], lb[1], lb[2], (long) lb[3], r[0] / l[0], rb[0] / r[0], rb[0] / lb[0]);
    } finally {
      if (caller != null) {
        Await.result(caller.stop());
      }
      Await.result(domain.stop());
    }
  }

  private static Map<String, String> with(Map<String, String> base, String key, String value) {
    Map<String, String> m = new HashMap<>(base);
    m.put(key, value);
    return m;
  }

  /** {req/s, p50 ms, p99 ms, errors} of {@code concurrency} closed loops on {@code vertx}'s context. */
  private static double[] measure(Vertx vertx, java.util.function.Supplier<Future<?>> call, long seconds, long warmup,
      int concurrency) {
    loops(vertx, call, warmup, concurrency);
    return loops(vertx, call, seconds, concurrency);
  }

  private static double[] loops(Vertx vertx, java.util.function.Supplier<Future<?>> call, long seconds,
      int concurrency) {
    long deadline = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    List<long[]> lists = new ArrayList<>();
    List<Future<Void>> done = new ArrayList<>();
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      long[][] micros = {new long[4096]};
      int[] n = {0};
      Promise<Void> finished = Promise.promise();
      Runnable[] next = new Runnable[1];
      next[0] = () -> {
        if (System.nanoTime() >= deadline) {
          finished.tryComplete();
          return;
        }
        long t0 = System.nanoTime();
        call.get().onComplete(ar -> {
          if (ar.failed()) {
            errors.incrementAndGet();
          }
          if (n[0] == micros[0].length) {
            micros[0] = Arrays.copyOf(micros[0], n[0] * 2);
          }
          micros[0][n[0]++] = (System.nanoTime() - t0) / 1_000;
          next[0].run();
        });
      };
      done.add(finished.future().map(v -> {
        synchronized (lists) {
          lists.add(Arrays.copyOf(micros[0], n[0]));
        }
        return null;
      }));
      vertx.runOnContext(v -> next[0].run());
    }
    try {
      Future.join(done).toCompletionStage().toCompletableFuture().get(seconds + 60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the bus loops did not finish", e);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] all = lists.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new double[] {all.length / elapsed, pct(all, 0.5), pct(all, 0.99), errors.get()};
  }

  private static double pct(long[] sorted, double q) {
    return sorted.length == 0 ? Double.NaN : sorted[(int) Math.max(0, Math.ceil(q * sorted.length) - 1)] / 1000.0;
  }
}
