package fr.peringenierie.site.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

import fr.peringenierie.site.web.ContentRevision;
import fr.peringenierie.site.web.Databases;
import fr.peringenierie.site.web.PublicContentChanges;
import fr.peringenierie.site.web.RenderedPageCache;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, every instance hears of each new content revision the moment it commits
 * (LISTEN/NOTIFY on one connection of its own), so that the page cache no longer reads
 * the revision on every request. The revision is also read again every few seconds over
 * the same connection, in case a notification was missed; if the connection drops, the
 * cache goes back to reading the revision per request until listening starts again.
 */
@Component
class ContentRevisionPush implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(ContentRevisionPush.class);

	private final DataSource dataSource;

	private final RenderedPageCache cache;

	private final ContentRevision revision;

	private final Duration safetyCheck;

	private final boolean enabled;

	private volatile boolean running;

	private volatile Thread listener;

	ContentRevisionPush(DataSource dataSource, RenderedPageCache cache, ContentRevision revision,
			@Value("${per.cache.push-safety-check:5s}") Duration safetyCheck,
			@Value("${per.cache.push:true}") boolean enabled) {
		this.dataSource = dataSource;
		this.cache = cache;
		this.revision = revision;
		this.safetyCheck = safetyCheck;
		this.enabled = enabled;
	}

	@Override
	public void start() {
		if (!this.enabled || !Databases.isPostgreSql(this.dataSource)) {
			return;
		}
		this.running = true;
		Thread thread = new Thread(this::listen, "content-revision-push");
		thread.setDaemon(true);
		this.listener = thread;
		thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread thread = this.listener;
		if (thread != null) {
			thread.interrupt();
		}
		this.cache.pushStopped();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				PGConnection postgres = connection.unwrap(PGConnection.class);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + PublicContentChanges.CHANNEL);
				}
				// Read after LISTEN: a revision committed in between is either read here
				// or
				// notified.
				this.cache.pushStarted(this.revision.current());
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
					logger.warn("Écoute des révisions interrompue, révision lue à chaque requête : {}",
							ex.getMessage());
					pause();
				}
			}
		}
	}

	private static long readRevision(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				var result = statement.executeQuery(ContentRevision.CURRENT)) {
			return result.next() ? result.getLong(1) : 0;
		}
	}

	private void pause() {
		try {
			Thread.sleep(2000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
