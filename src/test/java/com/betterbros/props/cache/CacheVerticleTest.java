package com.betterbros.props.cache;

import static org.assertj.core.api.Assertions.assertThat;

import com.betterbros.props.cache.api.CacheInvalidation;
import com.betterbros.props.cache.api.CacheService;
import com.betterbros.props.store.LocalCache;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.serviceproxy.ServiceException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Two nodes' worth of {@link CacheVerticle} on one event bus, each with its own in-process cache and
 * history snapshot: whichever answers, both drop the domain's entries, and only those.
 */
@DisplayName("CacheVerticle: an invalidation reaches every node's in-process cache")
class CacheVerticleTest {

  private static final Duration TTL = Duration.ofMinutes(5);
  private Vertx vertx;
  private final LocalCache a = new LocalCache(1_000);
  private final LocalCache b = new LocalCache(1_000);
  private final AtomicInteger historyA = new AtomicInteger();
  private final AtomicInteger historyB = new AtomicInteger();

  @BeforeEach
  void deploy() {
    vertx = Vertx.vertx();
    vertx.deployVerticle(new CacheVerticle(a, historyA::incrementAndGet)).await();
    vertx.deployVerticle(new CacheVerticle(b, historyB::incrementAndGet)).await();
    for (LocalCache cache : new LocalCache[] {a, b}) {
      for (int i = 0; i < 3; i++) {
        cache.put("pred:v3:m1:h1:leg" + i, "{}", TTL);
        cache.put("feat:v2:h1:leg" + i, "{}", TTL);
      }
      cache.put("ctx:generation", "g1", TTL);
    }
  }

  @AfterEach
  void close() {
    vertx.close().await();
  }

  private static boolean present(LocalCache cache, String key) {
    return cache.get(key).await() != null;
  }

  /** Waits (at most 2 s) for the other node to act on the published event. */
  private static void eventually(Runnable check) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
    while (true) {
      try {
        check.run();
        return;
      } catch (AssertionError notYet) {
        if (System.nanoTime() > deadline) {
          throw notYet;
        }
        Thread.sleep(20);
      }
    }
  }

  @Test
  @DisplayName("predictions: both caches lose their pred: entries and keep feat: and ctx: ones; history untouched")
  void predictionsOnEveryNode() throws InterruptedException {
    CacheService service = CacheService.createProxy(vertx, new DeliveryOptions().setSendTimeout(2_000));
    CacheInvalidation done = service.invalidate("predictions").await();
    assertThat(done.getEntriesDeleted()).isEqualTo(3);
    assertThat(done.getCache()).isEqualTo("in_process");
    eventually(() -> {
      for (LocalCache cache : new LocalCache[] {a, b}) {
        assertThat(present(cache, "pred:v3:m1:h1:leg0")).isFalse();
        assertThat(present(cache, "pred:v3:m1:h1:leg2")).isFalse();
      }
    });
    for (LocalCache cache : new LocalCache[] {a, b}) {
      assertThat(present(cache, "feat:v2:h1:leg1")).isTrue();
      assertThat(present(cache, "ctx:generation")).isTrue();
    }
    assertThat(historyA.get() + historyB.get()).isZero();
  }

  @Test
  @DisplayName("all: every prefix and both history snapshots; an unknown domain is a 400 naming the valid ones")
  void allAndUnknown() throws InterruptedException {
    CacheService service = CacheService.createProxy(vertx, new DeliveryOptions().setSendTimeout(2_000));
    assertThat(service.invalidate("all").await().getEntriesDeleted()).isEqualTo(7);
    eventually(() -> {
      assertThat(historyA.get()).isEqualTo(1);
      assertThat(historyB.get()).isEqualTo(1);
      for (LocalCache cache : new LocalCache[] {a, b}) {
        assertThat(present(cache, "feat:v2:h1:leg1")).isFalse();
        assertThat(present(cache, "ctx:generation")).isFalse();
      }
    });
    Throwable failure = service.invalidate("model").transform(ar -> io.vertx.core.Future.succeededFuture(ar.cause()))
        .await();
    assertThat(failure).isInstanceOf(ServiceException.class);
    assertThat(((ServiceException) failure).failureCode()).isEqualTo(400);
    assertThat(failure.getMessage()).contains("'model'").contains("features, predictions, corr, context, history, all");
  }
}
