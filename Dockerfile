# syntax=docker/dockerfile:1

# Build: JDK 25 compiling for Java 17 (maven.compiler.release), dependencies cached in their own layer.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests \
 && cp target/per-ingenierie-site-*.jar application.jar \
 && java -Djarmode=tools -jar application.jar extract --layers --destination extracted

# Run: a Java 25 JRE, as an unprivileged user, started from its ahead-of-time cache.
FROM eclipse-temurin:25-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system per && useradd --system --gid per --home /app per \
 && mkdir -p /app/data && chown per:per /app/data
WORKDIR /app
COPY --from=build /workspace/extracted/dependencies/ ./
COPY --from=build /workspace/extracted/spring-boot-loader/ ./
COPY --from=build /workspace/extracted/snapshot-dependencies/ ./
COPY --from=build /workspace/extracted/application/ ./
# A training run (JEP 514/515): the application starts on a throw-away H2 database, serves its
# pages a few times and stops; the JVM keeps the classes it loaded and linked and the methods'
# profiles in app.aot, so the container starts in about half the time (bench/results.md).
COPY bin/aot-training.sh /tmp/aot-training.sh
RUN sh /tmp/aot-training.sh java application.jar -XX:AOTCacheOutput=app.aot && rm /tmp/aot-training.sh
USER per
# The embedded H2 database lives here when no 'postgres' profile is active.
VOLUME /app/data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
  CMD curl -fsS http://localhost:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=app.aot", "-XX:MaxRAMPercentage=75", "-jar", "application.jar"]
