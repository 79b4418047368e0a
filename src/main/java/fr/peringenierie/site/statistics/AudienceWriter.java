package fr.peringenierie.site.statistics;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import fr.peringenierie.site.web.EveryInstance;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes what {@link AudienceRecorder} holds, every few seconds and on each instance:
 * added to the day's aggregates in one transaction, so that instances writing at once
 * lose nothing. A visitor is the day's salted hash of her address and browser; the salt
 * is shared by the instances through the database, and deleted with the day's hashes once
 * the day is over. If the database does not answer, the views wait for the next try (up
 * to a limit); pages are never slowed.
 */
@Component
class AudienceWriter {

	private static final Logger logger = LoggerFactory.getLogger(AudienceWriter.class);

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	/** The path under which a visitor's first page of the day is recorded. */
	static final String WHOLE_SITE = "*";

	private final AudienceRecorder recorder;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final AudienceProperties properties;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	private final Map<LocalDate, byte[]> salts = new HashMap<>();

	AudienceWriter(AudienceRecorder recorder, JdbcTemplate jdbc, PlatformTransactionManager transactions,
			AudienceProperties properties, Clock clock) {
		this.recorder = recorder;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.properties = properties;
		this.clock = clock;
	}

	@EveryInstance
	@Scheduled(fixedDelayString = "${per.audience.flush-interval:10s}",
			initialDelayString = "${per.audience.flush-interval:10s}")
	void flushPeriodically() {
		flush();
	}

	/**
	 * Writes every view held.
	 * @return how many were written
	 */
	synchronized int flush() {
		Tally tally = this.recorder.drain();
		if (tally.isEmpty()) {
			return 0;
		}
		try {
			this.transaction.executeWithoutResult((status) -> write(tally));
			return tally.views().size() + tally.broken().size();
		}
		catch (DataAccessException | TransactionException ex) {
			logger.warn("Statistiques non écrites, gardées pour le prochain essai : {}", ex.getMessage());
			this.recorder.giveBack(tally);
			// A salt made in the transaction that failed was never shared: forget it.
			this.salts.clear();
			return 0;
		}
	}

	/**
	 * Writes a tally. Rows are written in one order (day, page, visitor) on every
	 * instance, so that two instances writing at once wait for each other instead of
	 * deadlocking.
	 */
	private void write(Tally tally) {
		Comparator<Tally.Page> byPage = Comparator.comparing(Tally.Page::day).thenComparing(Tally.Page::path);
		Map<Tally.Page, long[]> pages = new TreeMap<>(byPage);
		tally.views().forEach((page, views) -> pages.put(page, new long[] { views.sum(), 0, 0 }));
		record Visit(LocalDate day, String path, long visitor, Tally.Page countedOn, int column) {
		}
		List<Visit> visits = new ArrayList<>();
		tally.visitors()
			.forEach((page, identities) -> identities.forEach((identity) -> visits
				.add(new Visit(page.day(), page.path(), visitor(page.day(), identity), page, 1))));
		tally.entries()
			.forEach((visitor, path) -> visits.add(new Visit(visitor.day(), WHOLE_SITE,
					visitor(visitor.day(), visitor.identity()), new Tally.Page(visitor.day(), path), 2)));
		visits.sort(Comparator.comparing(Visit::day).thenComparing(Visit::path).thenComparingLong(Visit::visitor));
		for (Visit visit : visits) {
			if (newVisit(visit.day(), visit.path(), visit.visitor())) {
				pages.get(visit.countedOn())[visit.column()]++;
			}
		}
		pages.forEach((page, counts) -> add(
				"update audience_page_day set views = views + ?, visitors = visitors + ?, "
						+ "entries = entries + ? where on_day = ? and path = ?",
				"insert into audience_page_day (on_day, path, views, visitors, entries) values (?, ?, ?, ?, ?) "
						+ "on conflict do nothing",
				new Object[] { counts[0], counts[1], counts[2], page.day(), page.path() },
				new Object[] { page.day(), page.path(), counts[0], counts[1], counts[2] }));
		tally.sources()
			.forEach((source, views) -> add(
					"update audience_source_day set views = views + ? where on_day = ? and kind = ? and name = ?",
					"insert into audience_source_day (on_day, kind, name, views) values (?, ?, ?, ?) on conflict do nothing",
					new Object[] { views.sum(), source.day(), source.kind(), source.name() },
					new Object[] { source.day(), source.kind(), source.name(), views.sum() }));
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		tally.broken()
			.forEach((path, broken) -> add(
					"update broken_address set hits = hits + ?, last_seen = ?, "
							+ "referrer_host = coalesce(?, referrer_host) where path = ?",
					"insert into broken_address (path, referrer_host, hits, first_seen, last_seen) values (?, ?, ?, ?, ?) "
							+ "on conflict do nothing",
					new Object[] { broken.hits(), now, broken.referrerHost(), path },
					new Object[] { path, broken.referrerHost(), broken.hits(), now, now }));
	}

	/**
	 * Adds to a counter row, created if missing; of two instances creating it at once,
	 * the second adds to the first's.
	 */
	private void add(String update, String insert, Object[] updateArguments, Object[] insertArguments) {
		if (this.jdbc.update(update, updateArguments) == 0 && this.jdbc.update(insert, insertArguments) == 0) {
			this.jdbc.update(update, updateArguments);
		}
	}

	/** Whether this visitor had not yet been seen on that page (or site) that day. */
	private boolean newVisit(LocalDate day, String path, long visitor) {
		return this.jdbc.update(
				"insert into audience_visit (on_day, path, visitor) values (?, ?, ?) on conflict do nothing", day, path,
				visitor) == 1;
	}

	/**
	 * The day's salted hash of a visitor's address and browser.
	 */
	private long visitor(LocalDate day, String identity) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt(day));
			digest.update(identity.getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest.digest()).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The day's salt: made by the first instance that needs it, read by the others.
	 */
	private byte[] salt(LocalDate day) {
		byte[] known = this.salts.get(day);
		if (known != null) {
			return known;
		}
		byte[] fresh = new byte[32];
		this.random.nextBytes(fresh);
		this.jdbc.update("insert into audience_salt (on_day, salt) values (?, ?) on conflict do nothing", day, fresh);
		byte[] salt = this.jdbc.queryForObject("select salt from audience_salt where on_day = ?", byte[].class, day);
		this.salts.keySet().removeIf((other) -> !other.equals(day));
		this.salts.put(day, salt);
		return salt;
	}

	/**
	 * Once a day: the salts and visitor hashes of past days go (nobody can be recognised
	 * any more), and aggregates older than the retention.
	 */
	@Scheduled(cron = "0 5 0 * * *", zone = "Europe/Paris")
	@SchedulerLock(name = "audience.purge", lockAtMostFor = "PT10M")
	void purge() {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		LocalDate oldest = today.minusMonths(this.properties.keepMonths());
		this.jdbc.update("delete from audience_visit where on_day < ?", today);
		this.jdbc.update("delete from audience_salt where on_day < ?", today);
		this.jdbc.update("delete from audience_page_day where on_day < ?", oldest);
		this.jdbc.update("delete from audience_source_day where on_day < ?", oldest);
		this.jdbc.update("delete from broken_address where last_seen < ?",
				oldest.atStartOfDay(PARIS).toOffsetDateTime());
	}

}
