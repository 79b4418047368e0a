package fr.peringenierie.site.statistics;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the statistics pages show, read from the aggregates: visitors and views per day,
 * the pages, references, sites and devices they come from, contact requests beside the
 * views of the contact page, and the addresses not found.
 */
@Repository
@Transactional(readOnly = true)
public class AudienceReport {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AudienceReport(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The last {@code days} days, today included. */
	Period period(int days) {
		LocalDate today = LocalDate.now(this.clock.withZone(PARIS));
		return new Period(today.minusDays(days - 1L), today, days);
	}

	/**
	 * Every day of the period, with its visitors (the first page of each visitor's day)
	 * and views; days without any are there too, with zeros.
	 */
	List<Day> days(Period period) {
		Map<LocalDate, Day> days = new LinkedHashMap<>();
		for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
			days.put(day, new Day(day, 0, 0));
		}
		this.jdbc.query("select on_day, sum(views), sum(entries) from audience_page_day where on_day between ? and ? "
				+ "group by on_day", (row) -> {
					LocalDate day = row.getObject(1, LocalDate.class);
					days.put(day, new Day(day, row.getLong(2), row.getLong(3)));
				}, period.from(), period.to());
		return new ArrayList<>(days.values());
	}

	/** The pages most viewed in the period. */
	List<Row> pages(Period period, int limit) {
		return rows("select path, sum(views), sum(visitors) from audience_page_day where on_day between ? and ? "
				+ "group by path order by sum(views) desc, path limit " + limit, period);
	}

	/** The projects' pages most viewed. */
	List<Row> references(Period period, int limit) {
		return rows(
				"select path, sum(views), sum(visitors) from audience_page_day where on_day between ? and ? "
						+ "and path like '/realisations/%' group by path order by sum(views) desc, path limit " + limit,
				period);
	}

	/** The pages visitors arrived on first. */
	List<Row> entries(Period period, int limit) {
		return rows("select path, sum(entries), sum(visitors) from audience_page_day where on_day between ? and ? "
				+ "and entries > 0 group by path order by sum(entries) desc, path limit " + limit, period);
	}

	/** Referring sites, devices or gallery filters, by views. */
	List<Row> sources(Period period, String kind, int limit) {
		return this.jdbc.query(
				"select name, sum(views) from audience_source_day where on_day between ? and ? and kind = ? "
						+ "group by name order by sum(views) desc, name limit " + limit,
				(row, index) -> new Row(row.getString(1), row.getLong(2), 0), period.from(), period.to(), kind);
	}

	/**
	 * Per week (from Monday), the views of the contact page and the contact requests
	 * received: never linked to one another, only side by side.
	 */
	List<Week> contactWeeks(Period period) {
		Map<LocalDate, long[]> weeks = new LinkedHashMap<>();
		for (LocalDate day = monday(period.from()); !day.isAfter(period.to()); day = day.plusWeeks(1)) {
			weeks.put(day, new long[2]);
		}
		this.jdbc.query(
				"select on_day, views from audience_page_day where path = '/contact' and on_day between ? and ?",
				(row) -> {
					weeks.computeIfAbsent(monday(row.getObject(1, LocalDate.class)), (week) -> new long[2])[0] += row
						.getLong(2);
				}, period.from(), period.to());
		Instant from = period.from().atStartOfDay(PARIS).toInstant();
		Instant to = period.to().plusDays(1).atStartOfDay(PARIS).toInstant();
		this.jdbc.query("select received_at from contact_request where received_at >= ? and received_at < ? "
				+ "and status <> 'SPAM'", (row) -> {
					LocalDate day = row.getObject(1, java.time.OffsetDateTime.class)
						.atZoneSameInstant(PARIS)
						.toLocalDate();
					weeks.computeIfAbsent(monday(day), (week) -> new long[2])[1]++;
				}, from.atOffset(java.time.ZoneOffset.UTC), to.atOffset(java.time.ZoneOffset.UTC));
		return weeks.entrySet()
			.stream()
			.map((week) -> new Week(week.getKey(), week.getValue()[0], week.getValue()[1]))
			.toList();
	}

	/**
	 * The pages prospects were reading before they wrote, by requests received (spam
	 * aside): known from the form itself, never from a visit.
	 */
	List<Row> contactOrigins(Period period, int limit) {
		return this.jdbc.query(
				"select coalesce(origin_path, '(inconnue)'), count(*) from contact_request where received_at >= ? "
						+ "and received_at < ? and status <> 'SPAM' group by origin_path order by count(*) desc limit "
						+ limit,
				(row, index) -> new Row(row.getString(1), row.getLong(2), 0),
				period.from().atStartOfDay(PARIS).toOffsetDateTime(),
				period.to().plusDays(1).atStartOfDay(PARIS).toOffsetDateTime());
	}

	/**
	 * Public addresses that answered 404, most seen first: neither ignored nor already
	 * redirected.
	 */
	public List<BrokenAddress> brokenAddresses(int limit) {
		return this.jdbc.query(
				"select path, referrer_host, hits, first_seen, last_seen from broken_address b "
						+ "where not ignored and not exists (select 1 from page_redirect r where r.from_path = b.path) "
						+ "order by hits desc, last_seen desc limit " + limit,
				(row, index) -> new BrokenAddress(row.getString(1), row.getString(2), row.getLong(3),
						row.getObject(4, java.time.OffsetDateTime.class).toInstant(),
						row.getObject(5, java.time.OffsetDateTime.class).toInstant()));
	}

	/**
	 * Leaves an address out of the report (a typing mistake, a robot).
	 * @return whether it was in it
	 */
	@Transactional
	boolean ignore(String path) {
		return this.jdbc.update("update broken_address set ignored = true where path = ? and not ignored", path) == 1;
	}

	private List<Row> rows(String sql, Period period) {
		return this.jdbc.query(sql, (row, index) -> new Row(row.getString(1), row.getLong(2), row.getLong(3)),
				period.from(), period.to());
	}

	private static LocalDate monday(LocalDate day) {
		return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
	}

	/** A period of whole days. */
	record Period(LocalDate from, LocalDate to, int days) {

	}

	/** A day's visitors and views. */
	public record Day(LocalDate day, long views, long visitors) {

	}

	/** A line of a table: a page or a source, and its counts. */
	public record Row(String name, long views, long visitors) {

	}

	/** A week: views of the contact page, and requests received. */
	public record Week(LocalDate monday, long contactViews, long requests) {

	}

	/** An address not found. */
	public record BrokenAddress(String path, String referrerHost, long hits, Instant firstSeen, Instant lastSeen) {

	}

}
