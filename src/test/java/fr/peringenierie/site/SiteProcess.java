package fr.peringenierie.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.awaitility.core.ConditionTimeoutException;

import static org.awaitility.Awaitility.await;

/**
 * The packaged application running as a process of its own, as in production: started
 * from the jar that {@code mvn package} built, killed without warning or stopped cleanly.
 * For the tests that must survive what a test inside the JVM cannot do to itself.
 */
public final class SiteProcess implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Process process;

	private final int port;

	private final Path log;

	private SiteProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	/**
	 * Starts the jar in a working directory, with the given application arguments, and
	 * waits until it serves requests.
	 */
	public static SiteProcess start(Path workingDirectory, Path log, Map<String, String> environment,
			String... arguments) {
		int port = freePort();
		List<String> all = new ArrayList<>(List.of("--server.port=" + port));
		all.addAll(List.of(arguments));
		try {
			SiteProcess site = new SiteProcess(jarProcess(workingDirectory, log, environment, all).start(), port, log);
			site.awaitReady(Duration.ofSeconds(90));
			return site;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Runs the jar as a command (a restore, say) in a working directory, to its end.
	 * @return its exit code
	 */
	public static int run(Path workingDirectory, Path log, Map<String, String> environment, String... arguments) {
		try {
			Process process = jarProcess(workingDirectory, log, environment, List.of(arguments)).start();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("La commande ne s’est pas terminée ; voir " + log);
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static ProcessBuilder jarProcess(Path workingDirectory, Path log, Map<String, String> environment,
			List<String> arguments) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-jar", jar().toString()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		// The test run's own settings (a schema for the whole suite, say) must not leak
		// in.
		builder.environment().keySet().removeIf((name) -> name.startsWith("SPRING_") || name.startsWith("PER_"));
		builder.environment().putAll(environment);
		return builder;
	}

	/**
	 * The jar built by {@code mvn package}; the tests that need it run after it, in the
	 * integration-test phase.
	 */
	static Path jar() {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			return files.filter((file) -> file.getFileName().toString().matches("per-ingenierie-site-.*\\.jar"))
				.map(Path::toAbsolutePath)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"Aucun jar dans target/ : ce test s’exécute après « mvn package » (mvn verify)."));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

	private void awaitReady(Duration timeout) {
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
				if (!this.process.isAlive()) {
					throw new IllegalStateException("L’application s’est arrêtée au démarrage ; voir " + this.log);
				}
				return isHealthy();
			});
		}
		catch (ConditionTimeoutException ex) {
			close();
			throw new IllegalStateException("L’application n’a pas démarré à temps ; voir " + this.log, ex);
		}
	}

	private boolean isHealthy() throws InterruptedException {
		try {
			return http.send(
					HttpRequest.newBuilder(URI.create(url("/actuator/health"))).timeout(Duration.ofSeconds(2)).build(),
					HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			// Not listening yet.
			return false;
		}
	}

	/**
	 * Kills the process as a power cut or the OOM killer would: SIGKILL, no shutdown
	 * hook.
	 */
	public void kill() {
		this.process.destroyForcibly();
		waitForExit();
	}

	/**
	 * Stops the process as an operator would: SIGTERM, then a graceful shutdown.
	 */
	@Override
	public void close() {
		this.process.destroy();
		waitForExit();
	}

	private void waitForExit() {
		try {
			if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A port nothing listens on now, for a server a test starts.
	 */
	public static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
