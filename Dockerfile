# syntax=docker/dockerfile:1
# BetterBros Props: one image, every role. Build with `docker build -t betterbros-props .`
# (or `docker compose up --build`), run with `docker run --rm -p 8080:8080 -e ... betterbros-props`.
#
# The image's defaults are the jar's (embedded mode, dev auth on 127.0.0.1), which is not reachable
# from outside a container: set BB_HTTP_HOST=0.0.0.0 together with BB_AUTH_MODE=hs256 or jwks
# (dev auth refuses to bind a non-loopback address). See docker-compose.yml for a full example.

# ---- build stage -------------------------------------------------------------------------------
# Any Maven 3.8+ image with a JDK >= 21 builds the jar (the pom targets release 21), e.g.
# `--build-arg BUILD_IMAGE=maven:3.9-eclipse-temurin-21` if the JDK 25 tag is not available.
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-25
# The runtime must be a JRE >= 23: the ENTRYPOINT passes --sun-misc-unsafe-memory-access, which
# older JVMs reject as an unknown option.
ARG RUNTIME_IMAGE=eclipse-temurin:25-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /build
ENV MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow"
# The pom bundles conf/application.yaml and cluster/hazelcast.xml into the jar as resources.
COPY pom.xml ./
COPY src ./src
COPY conf ./conf
COPY cluster/hazelcast.xml ./cluster/hazelcast.xml
# The build fetches ReDoc's bundle from registry.npmjs.org (pinned by SHA-512) besides Maven Central.
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.cache/betterbros \
    mvn -B -ntp package -DskipTests

# ---- runtime stage -----------------------------------------------------------------------------
FROM ${RUNTIME_IMAGE}
# curl is only for the HEALTHCHECK below.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system betterbros \
    && useradd --system --gid betterbros --home-dir /app --no-create-home --shell /usr/sbin/nologin betterbros
WORKDIR /app
COPY --from=build /build/target/betterbros-props.jar /app/betterbros-props.jar
# The working directory's conf/application.yaml and cluster/hazelcast.xml override the copies
# bundled in the jar: mount your own over them to change settings without rebuilding.
COPY conf/ /app/conf/
COPY cluster/hazelcast.xml /app/cluster/hazelcast.xml
USER betterbros:betterbros

# 8080: HTTP gateway (BB_HTTP_PORT). 5701: Hazelcast (BB_CLUSTER_PORT, auto-increments). The
# clustered event bus itself listens on a random port of BB_CLUSTER_HOST, so cluster members must
# reach each other on any port (same Docker network / no firewall between them).
EXPOSE 8080 5701 5801 9101

# A node without the gateway role opens no HTTP port: disable this check for such nodes
# (`docker run --no-healthcheck`, or `healthcheck: {disable: true}` in compose).
# /health answers 503 when this node's store is down, 200 when up or only the cache is degraded.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD p="${BB_METRICS_PORT:-0}"; [ "$p" != 0 ] || p="${BB_HTTP_PORT:-8080}"; \
      curl -fsS -o /dev/null "http://127.0.0.1:$p/health" || exit 1

# Container-aware heap sizing; override with -e JAVA_TOOL_OPTIONS=...
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
# The command is the jar's: serve (default), seed [--seed N] [--days D], token --sub ID [--tier T] [--ttl 1h].
ENTRYPOINT ["java", "--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/betterbros-props.jar"]
CMD ["serve"]
