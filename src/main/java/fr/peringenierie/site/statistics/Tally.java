package fr.peringenierie.site.statistics;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * What an instance counted since its last write, already added up: memory grows with the
 * pages and visitors seen, not with the views (a flood of views of one page is one
 * counter). A visitor's address and browser are kept here, in memory only, until the
 * write turns them into the day's salted hash.
 */
final class Tally {

	private final ConcurrentHashMap<Page, LongAdder> views = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Page, Set<String>> visitors = new ConcurrentHashMap<>();

	/** Each visitor's first page of the day, in this tally. */
	private final ConcurrentHashMap<Visitor, String> entries = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<Source, LongAdder> sources = new ConcurrentHashMap<>();

	private final ConcurrentHashMap<String, Broken> broken = new ConcurrentHashMap<>();

	private final AtomicInteger identities = new AtomicInteger();

	private final int maxIdentities;

	Tally(int maxIdentities) {
		this.maxIdentities = maxIdentities;
	}

	/**
	 * Counts a view or an address not found.
	 * @return false when the visitor could not be told apart any more (too many held)
	 */
	boolean add(Hit hit) {
		if (!hit.found()) {
			this.broken.computeIfAbsent(hit.path(), (path) -> new Broken()).add(hit.referrerHost());
			return true;
		}
		Page page = new Page(hit.day(), hit.path());
		this.views.computeIfAbsent(page, (key) -> new LongAdder()).increment();
		if (hit.referrerHost() != null) {
			source(hit.day(), "REFERRER", hit.referrerHost());
		}
		source(hit.day(), "DEVICE", hit.device().label());
		hit.filters().forEach((name, value) -> source(hit.day(), "FILTER", name + " = " + value));
		String identity = hit.client() + '\n' + hit.userAgent();
		Set<String> seen = this.visitors.computeIfAbsent(page, (key) -> ConcurrentHashMap.newKeySet());
		if (seen.contains(identity)) {
			return true;
		}
		if (this.identities.incrementAndGet() > this.maxIdentities) {
			this.identities.decrementAndGet();
			return false;
		}
		seen.add(identity);
		this.entries.putIfAbsent(new Visitor(hit.day(), identity), hit.path());
		return true;
	}

	private void source(LocalDate day, String kind, String name) {
		this.sources.computeIfAbsent(new Source(day, kind, name), (key) -> new LongAdder()).increment();
	}

	boolean isEmpty() {
		return this.views.isEmpty() && this.broken.isEmpty();
	}

	Map<Page, LongAdder> views() {
		return this.views;
	}

	Map<Page, Set<String>> visitors() {
		return this.visitors;
	}

	Map<Visitor, String> entries() {
		return this.entries;
	}

	Map<Source, LongAdder> sources() {
		return this.sources;
	}

	Map<String, Broken> broken() {
		return this.broken;
	}

	/**
	 * Adds this tally to another (one that could not be written goes back into the next).
	 */
	void addTo(Tally other) {
		this.views
			.forEach((page, count) -> other.views.computeIfAbsent(page, (key) -> new LongAdder()).add(count.sum()));
		this.visitors.forEach((page,
				seen) -> other.visitors.computeIfAbsent(page, (key) -> ConcurrentHashMap.newKeySet()).addAll(seen));
		this.entries.forEach(other.entries::putIfAbsent);
		this.sources.forEach(
				(source, count) -> other.sources.computeIfAbsent(source, (key) -> new LongAdder()).add(count.sum()));
		this.broken.forEach((path, hits) -> other.broken.computeIfAbsent(path, (key) -> new Broken()).add(hits));
	}

	/** A page on a day. */
	record Page(LocalDate day, String path) {

	}

	/** A visitor on a day, by address and browser (in memory only). */
	record Visitor(LocalDate day, String identity) {

	}

	/** A referring site, class of device or gallery filter on a day. */
	record Source(LocalDate day, String kind, String name) {

	}

	/** An address not found: how often, and the last site that linked to it. */
	static final class Broken {

		private final LongAdder hits = new LongAdder();

		private volatile String referrerHost;

		void add(String referrer) {
			this.hits.increment();
			if (referrer != null) {
				this.referrerHost = referrer;
			}
		}

		void add(Broken other) {
			this.hits.add(other.hits.sum());
			if (other.referrerHost != null) {
				this.referrerHost = other.referrerHost;
			}
		}

		long hits() {
			return this.hits.sum();
		}

		String referrerHost() {
			return this.referrerHost;
		}

	}

}
