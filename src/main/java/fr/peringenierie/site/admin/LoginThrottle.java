package fr.peringenierie.site.admin;

import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per client address, so that one client cannot try passwords
 * across many accounts. Kept in memory: a restart forgives, which is acceptable for a
 * brake whose accounts are also locked one by one.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES_PER_CLIENT = 20;

	private final Cache<String, AtomicInteger> failures;

	public LoginThrottle(AdminProperties properties) {
		this.failures = Caffeine.newBuilder().expireAfterWrite(properties.lockDuration()).maximumSize(100_000).build();
	}

	public boolean isBlocked(String client) {
		AtomicInteger count = this.failures.getIfPresent(client);
		return count != null && count.get() >= MAX_FAILURES_PER_CLIENT;
	}

	public void recordFailure(String client) {
		this.failures.get(client, (key) -> new AtomicInteger()).incrementAndGet();
	}

	public void recordSuccess(String client) {
		this.failures.invalidate(client);
	}

}
