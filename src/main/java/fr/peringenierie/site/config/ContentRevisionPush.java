package fr.peringenierie.site.config;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.Databases;
import fr.peringenierie.site.web.PublicContentChanges;
import fr.peringenierie.site.web.RenderedPageCache;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.PGProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every instance hears of each new content revision the moment it commits
 * (LISTEN/NOTIFY), so that the page cache no longer reads the revision on every request.
 * The listening connection is its own, outside the pool (a pool connection held for ever
 * would be one less for the pages, and the pool would not know it broke); its thread is
 * started and stopped with the application. The revision is also read again every few
 * seconds over that connection, in case a notification was missed; if the connection
 * drops, the cache goes back to reading the revision per request, and a new connection is
 * tried after a pause that doubles up to half a minute.
 */
@Component
class ContentRevisionPush implements SmartLifecycle {

	/** How the listening connection shows in {@code pg_stat_activity}. */
	static final String APPLICATION_NAME = "per-content-revision-push";

	private static final Logger logger = LoggerFactory.getLogger(ContentRevisionPush.class);

	private static final Duration FIRST_PAUSE = Duration.ofSeconds(1);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

	private final DataSource dataSource;

	private final RenderedPageCache cache;

	private final Duration safetyCheck;

	private final boolean enabled;

	private final SimpleAsyncTaskExecutor threads = new SimpleAsyncTaskExecutor("content-revision-push-");

	private volatile boolean running;

	private volatile Thread listener;

	private volatile Connection connection;

	ContentRevisionPush(DataSource dataSource, RenderedPageCache cache,
			@Value("${per.cache.push-safety-check:5s}") Duration safetyCheck,
			@Value("${per.cache.push:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.safetyCheck = safetyCheck;
		this.enabled = enabled;
		this.threads.setDaemon(true);
	}

	@Override
	public void start() {
		if (!this.enabled || !Databases.isPostgreSql(this.dataSource) || pool() == null) {
			return;
		}
		this.running = true;
		this.threads.execute(this::listen);
	}

	@Override
	public void stop() {
		this.running = false;
		closeQuietly(this.connection);
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(Duration.ofSeconds(5).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.cache.pushStopped();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		this.listener = Thread.currentThread();
		Duration pause = FIRST_PAUSE;
		while (this.running) {
			try (Connection connection = open()) {
				this.connection = connection;
				PGConnection postgres = connection.unwrap(PGConnection.class);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + PublicContentChanges.CHANNEL);
				}
				// Read after LISTEN: a revision committed in between is either read here
				// or notified.
				this.cache.pushStarted(readRevision(connection));
				pause = FIRST_PAUSE;
				logger.info("Révision du contenu poussée par PostgreSQL (LISTEN/NOTIFY)");
				while (this.running) {
					PGNotification[] notifications = postgres
						.getNotifications((int) Math.max(1, this.safetyCheck.toMillis()));
					if (notifications == null || notifications.length == 0) {
						this.cache.revisionPushed(readRevision(connection));
						continue;
					}
					for (PGNotification notification : notifications) {
						this.cache.revisionPushed(Long.parseLong(notification.getParameter()));
					}
				}
			}
			catch (SQLException | RuntimeException ex) {
				this.cache.pushStopped();
				if (this.running) {
					logger.warn(
							"Écoute des révisions interrompue, révision lue à chaque requête ; nouvel essai dans {} s : {}",
							pause.toSeconds(), ex.getMessage());
					sleep(pause);
					pause = (pause.compareTo(LONGEST_PAUSE.dividedBy(2)) > 0) ? LONGEST_PAUSE : pause.multipliedBy(2);
				}
			}
			finally {
				this.connection = null;
			}
		}
	}

	/**
	 * A connection of its own, to the pool's database with the pool's credentials, named
	 * so that it can be found, with TCP keep-alive so that a dead peer is noticed.
	 */
	private Connection open() throws SQLException {
		HikariDataSource pool = pool();
		Properties properties = new Properties();
		properties.putAll(pool.getDataSourceProperties());
		if (pool.getUsername() != null) {
			properties.setProperty(PGProperty.USER.getName(), pool.getUsername());
		}
		if (pool.getPassword() != null) {
			properties.setProperty(PGProperty.PASSWORD.getName(), pool.getPassword());
		}
		properties.setProperty(PGProperty.APPLICATION_NAME.getName(), APPLICATION_NAME);
		properties.setProperty(PGProperty.TCP_KEEP_ALIVE.getName(), "true");
		// The socket waits longer than a safety check for a notification.
		properties.setProperty(PGProperty.SOCKET_TIMEOUT.getName(),
				Long.toString(Math.max(30, this.safetyCheck.toSeconds() * 3)));
		Connection connection = DriverManager.getConnection(pool.getJdbcUrl(), properties);
		connection.setAutoCommit(true);
		return connection;
	}

	/**
	 * The pool whose database and credentials the listening connection takes, or
	 * {@code null} when the data source is not Hikari's.
	 */
	private HikariDataSource pool() {
		try {
			return this.dataSource.isWrapperFor(HikariDataSource.class) ? this.dataSource.unwrap(HikariDataSource.class)
					: null;
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private static long readRevision(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery(ContentRevision.CURRENT)) {
			return result.next() ? result.getLong(1) : 0;
		}
	}

	private static void closeQuietly(Connection connection) {
		if (connection != null) {
			try {
				connection.close();
			}
			catch (SQLException ex) {
				// Closing to stop: nothing more to do.
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
