package fr.peringenierie.site.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import fr.peringenierie.site.audit.AuditLog;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.Limit;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site's backups: an archive of the whole database (see {@link DatabaseArchive}),
 * written while the site runs, from one snapshot, under a temporary name renamed once
 * complete and on disk; then read back into a scratch database to prove it restores; then
 * the old ones beyond the retention are deleted. Nightly on one instance, or when an
 * administrator asks.
 */
@Service
public class Backups {

	private static final Logger logger = LoggerFactory.getLogger(Backups.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

	/** The name of a complete backup: nothing else in the folder is ever offered. */
	static final Pattern NAME = Pattern.compile("per-sauvegarde-(\\d{8}-\\d{6})\\.zip");

	private static final String PARTIAL_SUFFIX = ".partiel";

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final DataSource dataSource;

	private final Flyway flyway;

	private final BackupProperties properties;

	private final BackupRunRepository runs;

	private final AuditLog auditLog;

	private final Clock clock;

	private final DatabaseArchive archive;

	private final ArchiveCheck check;

	private final ObjectProvider<LockProvider> locks;

	private final TransactionTemplate transaction;

	/** The file of the embedded database, when the site runs on one. */
	private final Path embeddedDatabaseFile;

	Backups(DataSource dataSource, Flyway flyway, BackupProperties properties, BackupRunRepository runs,
			AuditLog auditLog, Clock clock, JsonMapper jsonMapper, ObjectProvider<LockProvider> locks,
			PlatformTransactionManager transactions, Environment environment) {
		this.embeddedDatabaseFile = embeddedDatabaseFile(environment.getProperty("spring.datasource.url", ""));
		this.dataSource = dataSource;
		this.flyway = flyway;
		this.properties = properties;
		this.runs = runs;
		this.auditLog = auditLog;
		this.clock = clock;
		this.locks = locks;
		this.archive = new DatabaseArchive(jsonMapper);
		this.check = new ArchiveCheck(this.archive);
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${per.backup.schedule:0 30 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "backup.nightly", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
	public void nightly() {
		backUp("sauvegarde automatique");
	}

	/**
	 * Backs up now, unless another instance or request is doing it.
	 * @return the run, or empty if a backup was already under way
	 */
	public Optional<BackupRun> backUpNow(String who) {
		LockProvider provider = this.locks.getIfAvailable();
		if (provider == null) {
			return Optional.of(backUp(who));
		}
		try {
			LockingTaskExecutor.TaskResult<BackupRun> result = new DefaultLockingTaskExecutor(provider).executeWithLock(
					() -> backUp(who),
					new LockConfiguration(this.clock.instant(), "backup.nightly", Duration.ofHours(2), Duration.ZERO));
			return result.wasExecuted() ? Optional.ofNullable(result.getResult()) : Optional.empty();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Sauvegarde impossible", ex);
		}
	}

	BackupRun backUp(String who) {
		Instant started = this.clock.instant();
		BackupRun run = this.transaction.execute((status) -> this.runs.save(new BackupRun(started, who)));
		String name = "per-sauvegarde-" + STAMP.format(LocalDateTime.ofInstant(started, PARIS)) + ".zip";
		String problem;
		long written = 0;
		long checked = 0;
		try {
			long begin = System.nanoTime();
			Path file = write(name, started);
			written = System.nanoTime();
			run.written(name, Files.size(file));
			problem = this.check.problem(file).orElse(null);
			checked = System.nanoTime();
			written = (written - begin) / 1_000_000;
			checked = (checked - begin) / 1_000_000 - written;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			logger.error("Sauvegarde impossible", ex);
			problem = "écriture impossible : " + ex.getMessage();
		}
		run.finished(this.clock.instant(), problem == null, problem);
		String reported = problem;
		BackupRun saved = this.transaction.execute((status) -> {
			BackupRun merged = this.runs.save(run);
			this.auditLog.record((reported == null) ? "Sauvegarde vérifiée" : "Sauvegarde en échec",
					name + ((reported == null) ? "" : " : " + reported));
			return merged;
		});
		if (problem == null) {
			logger.info("Sauvegarde {} écrite et vérifiée ({} octets ; écrite en {} ms, vérifiée en {} ms)", name,
					run.getSizeBytes(), written, checked);
			prune();
		}
		else {
			logger.error("Sauvegarde {} en échec : {}", name, problem);
		}
		return saved;
	}

	/**
	 * Writes the archive under a temporary name, forces it to disk, then renames it: a
	 * crash at any moment leaves either no file of that name or a complete one.
	 */
	private Path write(String name, Instant started) throws IOException, SQLException {
		Path folder = this.properties.folder().toAbsolutePath();
		Files.createDirectories(folder);
		Path partial = folder.resolve(name + PARTIAL_SUFFIX);
		Path complete = folder.resolve(name);
		String schemaVersion = this.flyway.info().current().getVersion().getVersion();
		try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE,
				StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
				OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
			try (Connection connection = this.dataSource.getConnection()) {
				readSnapshot(connection, () -> this.archive.write(connection, schemaVersion, started, out));
			}
			out.flush();
			channel.force(true);
		}
		catch (IOException | SQLException | RuntimeException ex) {
			Files.deleteIfExists(partial);
			throw ex;
		}
		Files.move(partial, complete, StandardCopyOption.ATOMIC_MOVE);
		try (FileChannel directory = FileChannel.open(folder, StandardOpenOption.READ)) {
			directory.force(true);
		}
		catch (IOException ex) {
			// Not every file system lets a folder be synced; the rename is done anyway.
			logger.debug("Dossier des sauvegardes non synchronisé", ex);
		}
		return complete;
	}

	/**
	 * Reads within one snapshot of the whole database, read-only, so that a backup taken
	 * while staff work is consistent (a photo and the project it belongs to, a request
	 * and its history).
	 */
	private void readSnapshot(Connection connection, SqlWork work) throws SQLException, IOException {
		boolean h2 = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
		boolean autoCommit = connection.getAutoCommit();
		int isolation = connection.getTransactionIsolation();
		try {
			connection.setAutoCommit(false);
			if (h2) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set session characteristics as transaction isolation level snapshot");
				}
			}
			else {
				connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
			}
			connection.setReadOnly(true);
			work.run();
			connection.commit();
		}
		finally {
			connection.rollback();
			connection.setReadOnly(false);
			if (h2) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("set session characteristics as transaction isolation level read committed");
				}
			}
			connection.setTransactionIsolation(isolation);
			connection.setAutoCommit(autoCommit);
		}
	}

	/**
	 * Deletes the backups beyond the retention, and what crashed backups left.
	 */
	void prune() {
		List<BackupFile> files = files();
		Set<LocalDateTime> kept = Retention.kept(files.stream().map(BackupFile::madeAt).toList(),
				this.properties.keepDaily(), this.properties.keepWeekly());
		for (BackupFile file : files) {
			if (!kept.contains(file.madeAt())) {
				try {
					Files.deleteIfExists(file.path());
					logger.info("Ancienne sauvegarde supprimée : {}", file.name());
				}
				catch (IOException ex) {
					logger.warn("Ancienne sauvegarde {} non supprimée", file.name(), ex);
				}
			}
		}
		try (Stream<Path> partial = Files.list(this.properties.folder())) {
			partial.filter((path) -> path.getFileName().toString().endsWith(PARTIAL_SUFFIX))
				.filter((path) -> isOlderThanADay(path))
				.forEach((path) -> path.toFile().delete());
		}
		catch (IOException ex) {
			logger.warn("Dossier des sauvegardes illisible", ex);
		}
	}

	private boolean isOlderThanADay(Path path) {
		try {
			return Files.getLastModifiedTime(path).toInstant().isBefore(this.clock.instant().minusSeconds(86_400));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * The complete backups in the folder, newest first.
	 */
	public List<BackupFile> files() {
		Path folder = this.properties.folder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> paths = Files.list(folder)) {
			return paths.map(this::backupFile)
				.flatMap(Optional::stream)
				.sorted(Comparator.comparing(BackupFile::madeAt).reversed())
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A complete backup of the folder by its name; empty for any other name.
	 */
	public Optional<BackupFile> file(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		return backupFile(this.properties.folder().resolve(name));
	}

	private Optional<BackupFile> backupFile(Path path) {
		Matcher matcher = NAME.matcher(path.getFileName().toString());
		if (!matcher.matches() || !Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try {
			LocalDateTime madeAt = LocalDateTime.parse(matcher.group(1), STAMP);
			Optional<BackupRun> run = this.runs.findFirstByFileName(path.getFileName().toString());
			return Optional.of(new BackupFile(path.getFileName().toString(), path, madeAt, Files.size(path),
					run.map(BackupRun::isVerified).orElse(false), run.map(BackupRun::getProblem).orElse(null)));
		}
		catch (DateTimeParseException | IOException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Why the backups are not where they should be: on the same disk as the embedded
	 * database, they would be lost with it.
	 */
	public Optional<String> placementProblem() {
		if (this.embeddedDatabaseFile == null) {
			return Optional.empty();
		}
		try {
			Path folder = existing(this.properties.folder().toAbsolutePath());
			Path data = existing(this.embeddedDatabaseFile.toAbsolutePath());
			if (folder != null && data != null && Files.getFileStore(folder).equals(Files.getFileStore(data))) {
				return Optional.of("Les sauvegardes sont écrites sur le même disque que les données ("
						+ this.properties.folder().toAbsolutePath().normalize()
						+ ") : une panne de ce disque emporterait les deux. Réglez PER_BACKUP_FOLDER vers un autre disque ou un partage (voir le README).");
			}
		}
		catch (IOException ex) {
			return Optional.of("Le dossier des sauvegardes est illisible : " + ex.getMessage());
		}
		return Optional.empty();
	}

	/**
	 * Why the last verified backup is too old to count on, or missing.
	 */
	public Optional<String> freshnessProblem() {
		Optional<BackupRun> verified = latestVerified();
		if (verified.isEmpty()) {
			return Optional.of("Aucune sauvegarde vérifiée pour l’instant : la première est faite la nuit prochaine, "
					+ "ou maintenant depuis la page des sauvegardes.");
		}
		if (verified.get().getStartedAt().isBefore(this.clock.instant().minus(this.properties.maxAge()))) {
			return Optional.of("La dernière sauvegarde vérifiée date de plus de " + this.properties.maxAge().toHours()
					+ " heures : les sauvegardes de nuit échouent ou ne tournent plus.");
		}
		return Optional.empty();
	}

	static Path embeddedDatabaseFile(String url) {
		if (!url.startsWith("jdbc:h2:file:")) {
			return null;
		}
		String file = url.substring("jdbc:h2:file:".length());
		int options = file.indexOf(';');
		return Path.of((options >= 0) ? file.substring(0, options) : file);
	}

	private static Path existing(Path path) {
		Path current = path;
		while (current != null && !Files.exists(current)) {
			current = current.getParent();
		}
		return current;
	}

	/** The last backup attempted, verified or not. */
	public Optional<BackupRun> latest() {
		return this.runs.findFirstByOrderByStartedAtDesc();
	}

	/** The last backup that passed its restore check. */
	public Optional<BackupRun> latestVerified() {
		return this.runs.findFirstByVerifiedTrueOrderByStartedAtDesc();
	}

	public List<BackupRun> recent() {
		return this.runs.findByOrderByStartedAtDesc(Limit.of(10));
	}

	/**
	 * Checks a backup file again (a file may be damaged after it was written, or copied
	 * back from another disk); the result replaces the one recorded for it, so that the
	 * dashboard and the list say what the file is worth now.
	 */
	public Optional<String> check(BackupFile file) {
		Optional<String> problem = this.check.problem(file.path());
		this.transaction
			.executeWithoutResult((status) -> this.runs.findFirstByFileName(file.name()).ifPresent((run) -> {
				run.finished(this.clock.instant(), problem.isEmpty(), problem.orElse(null));
				this.auditLog.record(problem.isEmpty() ? "Sauvegarde vérifiée de nouveau" : "Sauvegarde altérée",
						file.name() + problem.map((reason) -> " : " + reason).orElse(""));
			}));
		return problem;
	}

	/** The archive format, for restoring. */
	DatabaseArchive archive() {
		return this.archive;
	}

	/** A backup file of the folder. */
	public record BackupFile(String name, Path path, LocalDateTime madeAt, long size, boolean verified,
			String problem) {

	}

	@FunctionalInterface
	private interface SqlWork {

		void run() throws SQLException, IOException;

	}

}
