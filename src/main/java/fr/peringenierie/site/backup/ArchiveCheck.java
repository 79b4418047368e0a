package fr.peringenierie.site.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The restore check of an archive: read back into a scratch database (an H2 file in a
 * temporary folder, whatever the site runs on), migrated first to the archive's schema
 * version; its rows written again must give the manifest's counts and digests, and the
 * migrations must then bring it to the current version. A file cut short, altered, or
 * that no longer restores fails, with the reason in French.
 */
final class ArchiveCheck {

	private static final Logger logger = LoggerFactory.getLogger(ArchiveCheck.class);

	private final DatabaseArchive archive;

	ArchiveCheck(DatabaseArchive archive) {
		this.archive = archive;
	}

	/**
	 * @return the reason the archive fails its check, or empty when it passes
	 */
	Optional<String> problem(Path file) {
		Path scratch = null;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			DatabaseArchive.Manifest manifest = this.archive.manifest(zip);
			scratch = Files.createTempDirectory("per-verification-");
			String url = "jdbc:h2:file:" + scratch.resolve("base").toAbsolutePath()
					+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
			migrate(url, manifest.schemaVersion());
			try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
				connection.setAutoCommit(false);
				this.archive.read(zip, connection);
				connection.commit();
				Map<String, DatabaseArchive.TableSummary> read = this.archive.digest(connection);
				for (DatabaseArchive.TableSummary expected : manifest.tables()) {
					DatabaseArchive.TableSummary found = read.get(expected.name());
					if (found == null || found.rows() != expected.rows()) {
						return Optional.of("la table « " + expected.name() + " » n’a pas le nombre de lignes annoncé");
					}
					if (!found.sha256().equals(expected.sha256())) {
						return Optional.of("la table « " + expected.name()
								+ " » ne correspond pas à son empreinte (fichier altéré)");
					}
				}
			}
			migrate(url, null);
			return Optional.empty();
		}
		catch (ZipException ex) {
			return Optional.of("fichier illisible ou incomplet (" + ex.getMessage() + ")");
		}
		catch (DatabaseArchive.ArchiveException ex) {
			return Optional.of(ex.getMessage());
		}
		catch (IOException | SQLException | RuntimeException ex) {
			logger.warn("Vérification de la sauvegarde {} impossible", file, ex);
			return Optional.of("la restauration d’essai a échoué : " + ex.getMessage());
		}
		finally {
			delete(scratch);
		}
	}

	private static void migrate(String url, String version) {
		var configuration = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration");
		if (version != null) {
			configuration.target(version);
		}
		configuration.load().migrate();
		if (version == null) {
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					Statement statement = connection.createStatement()) {
				statement.execute("shutdown");
			}
			catch (SQLException ex) {
				logger.debug("Base d’essai déjà fermée", ex);
			}
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Dossier de vérification {} non effacé", folder, ex);
		}
	}

}
