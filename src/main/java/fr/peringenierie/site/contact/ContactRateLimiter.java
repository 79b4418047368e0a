package fr.peringenierie.site.contact;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Limits how many requests one client address may send in a window of time, without any
 * third-party service. Kept in memory, per instance of the application.
 */
@Component
public class ContactRateLimiter {

	private final int limit;

	private final Cache<String, AtomicInteger> counts;

	public ContactRateLimiter(ContactProperties properties) {
		this.limit = properties.rateLimit();
		this.counts = Caffeine.newBuilder().expireAfterWrite(properties.rateWindow()).maximumSize(100_000).build();
	}

	/**
	 * Counts one attempt from the client.
	 * @return whether it is within the limit
	 */
	public boolean tryAcquire(String client) {
		return this.counts.get(client, (key) -> new AtomicInteger()).incrementAndGet() <= this.limit;
	}

}
