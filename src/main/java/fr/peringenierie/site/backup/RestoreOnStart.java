package fr.peringenierie.site.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Restores a backup in place of the migrations Spring Boot runs at start, when the site
 * is started with {@code --per.restore.file=FILE}: the database is emptied, migrated to
 * the backup's schema version, filled with the backup's rows, then migrated to the
 * current version. A database already in use (accounts, contact requests or a journal) is
 * only replaced when {@code --per.restore.replace=true} says so. The application then
 * stops: started without the option, it serves the restored site.
 */
public final class RestoreOnStart implements FlywayMigrationStrategy {

	/** The option that names the backup to restore. */
	public static final String FILE = "per.restore.file";

	/** The option that allows replacing a database in use. */
	public static final String REPLACE = "per.restore.replace";

	private static final Logger logger = LoggerFactory.getLogger(RestoreOnStart.class);

	/** Tables whose rows mean a site is in use, not freshly installed. */
	private static final List<String> IN_USE = List.of("staff_user", "contact_request", "audit_entry");

	private final Path file;

	private final boolean replace;

	private final DatabaseArchive archive;

	RestoreOnStart(Path file, boolean replace, JsonMapper jsonMapper) {
		this.file = file;
		this.replace = replace;
		this.archive = new DatabaseArchive(jsonMapper);
	}

	/**
	 * Whether the command line asks for a restore.
	 */
	public static boolean isRequested(String... args) {
		for (String arg : args) {
			if (arg.startsWith("--" + FILE + "=")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A restore is a command, not a site: no scheduled work, and a port of its own (any
	 * free one) so that it never competes with the site's.
	 */
	public static void prepare(SpringApplication application) {
		application.setDefaultProperties(Map.of("per.scheduling.enabled", "false", "server.port", "0"));
	}

	@Override
	public void migrate(Flyway flyway) {
		if (!Files.isRegularFile(this.file)) {
			throw new RestoreRefused("Sauvegarde introuvable : " + this.file.toAbsolutePath());
		}
		try (ZipFile zip = new ZipFile(this.file.toFile())) {
			DatabaseArchive.Manifest manifest = this.archive.manifest(zip);
			DataSource dataSource = flyway.getConfiguration().getDataSource();
			if (!this.replace && isInUse(dataSource)) {
				throw new RestoreRefused("La base de données contient déjà des comptes, des demandes ou un journal : "
						+ "la restauration les remplacerait. Pour la remplacer quand même, relancez avec --" + REPLACE
						+ "=true.");
			}
			long begin = System.nanoTime();
			logger.warn("Restauration de {} (sauvegarde du {}, schéma {}) : la base est vidée puis remplie.", this.file,
					manifest.createdAt(), manifest.schemaVersion());
			Flyway.configure().configuration(flyway.getConfiguration()).cleanDisabled(false).load().clean();
			Flyway.configure()
				.configuration(flyway.getConfiguration())
				.target(manifest.schemaVersion())
				.load()
				.migrate();
			try (Connection connection = dataSource.getConnection()) {
				connection.setAutoCommit(false);
				this.archive.read(zip, connection);
				connection.commit();
			}
			flyway.migrate();
			int rows = manifest.tables().stream().mapToInt(DatabaseArchive.TableSummary::rows).sum();
			logger.warn(
					"Restauration terminée en {} ms : {} lignes dans {} tables, dont {} demandes de contact et {} images.",
					(System.nanoTime() - begin) / 1_000_000, rows, manifest.tables().size(),
					manifest.rows("contact_request"), manifest.rows("stored_image"));
		}
		catch (IOException ex) {
			throw new RestoreRefused("Sauvegarde illisible (" + this.file + ") : " + ex.getMessage());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Restauration impossible : " + ex.getMessage(), ex);
		}
	}

	private static boolean isInUse(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			List<String> tables = DatabaseArchive.tables(connection);
			for (String table : IN_USE) {
				if (tables.contains(table)) {
					try (ResultSet result = statement.executeQuery("select count(*) from " + table)) {
						result.next();
						if (result.getLong(1) > 0) {
							return true;
						}
					}
				}
			}
			return false;
		}
	}

	/** A restore that must not go on; its message says why, in French. */
	static class RestoreRefused extends IllegalStateException {

		RestoreRefused(String message) {
			super(message);
		}

	}

}
