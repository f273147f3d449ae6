package com.betterbros.props.bus;

import io.vertx.core.VertxOptions;
import io.vertx.core.datagram.DatagramSocketOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.ReplyFailure;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.metrics.MetricsOptions;
import io.vertx.core.net.NetClientOptions;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.core.spi.metrics.ClientMetrics;
import io.vertx.core.spi.metrics.DatagramSocketMetrics;
import io.vertx.core.spi.metrics.EventBusMetrics;
import io.vertx.core.spi.metrics.HttpClientMetrics;
import io.vertx.core.spi.metrics.HttpServerMetrics;
import io.vertx.core.spi.metrics.PoolMetrics;
import io.vertx.core.spi.metrics.TCPMetrics;
import io.vertx.core.spi.metrics.VertxMetrics;

/**
 * A metrics factory around another (Micrometer's): everything is the delegate's, and the event
 * bus's reply failures (timeouts, no handlers) also reach {@link BusMetrics#failed}, the only
 * place Vert.x reports a request that never got a reply.
 */
public final class BusMetricsFactory implements VertxMetricsFactory {

  private final VertxMetricsFactory delegate;
  private final BusMetrics bus;

  public BusMetricsFactory(VertxMetricsFactory delegate, BusMetrics bus) {
    this.delegate = delegate;
    this.bus = bus;
  }

  @Override
  public VertxMetrics metrics(VertxOptions options) {
    VertxMetrics inner = delegate.metrics(options);
    return new VertxMetrics() {
      @Override
      public EventBusMetrics<?> createEventBusMetrics() {
        return events(inner.createEventBusMetrics());
      }

      @Override
      public HttpServerMetrics<?, ?, ?> createHttpServerMetrics(HttpServerOptions o, SocketAddress local) {
        return inner.createHttpServerMetrics(o, local);
      }

      @Override
      public ClientMetrics<?, ?, ?> createClientMetrics(SocketAddress remote, String type, String namespace) {
        return inner.createClientMetrics(remote, type, namespace);
      }

      @Override
      public HttpClientMetrics<?, ?, ?> createHttpClientMetrics(HttpClientOptions o) {
        return inner.createHttpClientMetrics(o);
      }

      @Override
      public TCPMetrics<?> createNetServerMetrics(NetServerOptions o, SocketAddress local) {
        return inner.createNetServerMetrics(o, local);
      }

      @Override
      public TCPMetrics<?> createNetClientMetrics(NetClientOptions o) {
        return inner.createNetClientMetrics(o);
      }

      @Override
      public DatagramSocketMetrics createDatagramSocketMetrics(DatagramSocketOptions o) {
        return inner.createDatagramSocketMetrics(o);
      }

      @Override
      public PoolMetrics<?, ?> createPoolMetrics(String type, String name, int maxSize) {
        return inner.createPoolMetrics(type, name, maxSize);
      }

      @Override
      public void vertxCreated(io.vertx.core.Vertx vertx) {
        inner.vertxCreated(vertx);
      }

      @Override
      public boolean isMetricsEnabled() {
        return inner.isMetricsEnabled();
      }

      @Override
      public void close() {
        inner.close();
      }
    };
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private EventBusMetrics<Object> events(EventBusMetrics inner) {
    EventBusMetrics<Object> d = inner == null ? new EventBusMetrics<>() {} : inner;
    return new EventBusMetrics<>() {
      @Override
      public Object handlerRegistered(String address) {
        return d.handlerRegistered(address);
      }

      @Override
      public void handlerUnregistered(Object handler) {
        d.handlerUnregistered(handler);
      }

      @Override
      public void scheduleMessage(Object handler, boolean local) {
        d.scheduleMessage(handler, local);
      }

      @Override
      public void discardMessage(Object handler, boolean local, Message<?> msg) {
        d.discardMessage(handler, local, msg);
      }

      @Override
      public void messageDelivered(Object handler, boolean local) {
        d.messageDelivered(handler, local);
      }

      @Override
      public void messageSent(String address, boolean publish, boolean local, boolean remote) {
        d.messageSent(address, publish, local, remote);
      }

      @Override
      public void messageReceived(String address, boolean publish, boolean local, int handlers) {
        d.messageReceived(address, publish, local, handlers);
      }

      @Override
      public void messageWritten(String address, int bytes) {
        d.messageWritten(address, bytes);
      }

      @Override
      public void messageRead(String address, int bytes) {
        d.messageRead(address, bytes);
      }

      @Override
      public void replyFailure(String address, ReplyFailure failure) {
        d.replyFailure(address, failure);
        bus.failed(address, failure);
      }

      @Override
      public void close() {
        d.close();
      }
    };
  }

  @Override
  public MetricsOptions newOptions() {
    return delegate.newOptions();
  }

  @Override
  public MetricsOptions newOptions(MetricsOptions options) {
    return delegate.newOptions(options);
  }

  @Override
  public MetricsOptions newOptions(JsonObject json) {
    return delegate.newOptions(json);
  }
}
