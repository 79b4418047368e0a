package fr.peringenierie.site.contact;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import fr.peringenierie.site.web.Databases;
import io.github.bucket4j.BandwidthBuilder.BandwidthBuilderBuildStage;
import io.github.bucket4j.BandwidthBuilder.BandwidthBuilderCapacityStage;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits how many requests one client address may have accepted within a window of time,
 * without any third-party service. Only accepted requests count: a form sent back for a
 * typo costs nothing. The count is a Bucket4j token bucket kept in the database (select
 * for update), so that every instance behind a load balancer shares it.
 */
@Component
public class ContactRateLimiter {

	private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("H 'h' mm", Locale.FRENCH);

	static final String TABLE = "contact_rate_bucket";

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Function<String, Bucket> buckets;

	private final boolean shared;

	private final JdbcTemplate jdbc;

	public ContactRateLimiter(ContactProperties properties, Clock clock, DataSource dataSource) {
		this.limit = properties.rateLimit();
		this.window = properties.rateWindow();
		this.clock = clock;
		this.jdbc = new JdbcTemplate(dataSource);
		this.shared = Databases.isPostgreSql(dataSource);
		TimeMeter time = new ClockTimeMeter(clock);
		if (this.shared) {
			BucketConfiguration configuration = BucketConfiguration.builder().addLimit(this::bandwidth).build();
			ProxyManager<String> proxies = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
				.primaryKeyMapper(PrimaryKeyMapper.STRING)
				.table(TABLE)
				.clientClock(time)
				.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
				.build();
			this.buckets = (client) -> proxies.getProxy(client, () -> configuration);
		}
		else {
			Cache<String, Bucket> local = Caffeine.newBuilder()
				.expireAfterAccess(this.window)
				.maximumSize(100_000)
				.build();
			this.buckets = (client) -> local.get(client,
					(key) -> Bucket.builder().addLimit(this::bandwidth).withCustomTimePrecision(time).build());
		}
	}

	private BandwidthBuilderBuildStage bandwidth(BandwidthBuilderCapacityStage bandwidth) {
		return bandwidth.capacity(this.limit).refillIntervally(this.limit, this.window);
	}

	/**
	 * Whether every instance on this database shares the limit.
	 */
	public boolean isShared() {
		return this.shared;
	}

	/**
	 * Takes one place for a request from the client, if there is one left.
	 * @return {@link Duration#ZERO} when a place was taken, else how long until one frees
	 */
	public Duration tryAcquire(String client) {
		ConsumptionProbe probe = bucket(client).tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/**
	 * Gives back the place taken for a request that was not stored after all (already
	 * stored by a double click, or the database failed).
	 */
	public void release(String client) {
		bucket(client).addTokens(1);
	}

	private Bucket bucket(String client) {
		return this.buckets.apply(key(client));
	}

	/** Client addresses are at most 45 characters (IPv6); anything longer is cut. */
	private static String key(String client) {
		String key = (client == null) ? "" : client;
		return (key.length() > 64) ? key.substring(0, 64) : key;
	}

	/**
	 * Forgets the clients whose bucket is full again.
	 */
	@Scheduled(cron = "${per.contact.purge-cron:0 30 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "contact.rate-buckets.purge", lockAtLeastFor = "PT1M")
	public void forgetRefilledBuckets() {
		if (!this.shared) {
			return;
		}
		this.jdbc.update("delete from " + TABLE + " where expires_at < ?", this.clock.millis());
	}

	/**
	 * What a prospect reads when the limit is reached: why, from what time (in France) a
	 * new request will be accepted, and the number to call when there is one.
	 */
	public String refusal(Duration wait, String phone) {
		LocalTime when = LocalTime.now(this.clock.withZone(PARIS)).plus(wait).plusMinutes(1);
		long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
		return "Vous avez déjà envoyé " + this.limit + ((this.limit > 1) ? " demandes" : " demande") + " en "
				+ this.window.toMinutes() + " minutes depuis cette connexion. Pour nous protéger des "
				+ "envois automatiques, une nouvelle demande sera possible à partir de " + HOUR.format(when) + " (dans "
				+ minutes + " minute" + ((minutes > 1) ? "s" : "") + " environ). Votre message est "
				+ "conservé ci-dessous : renvoyez-le à ce moment-là"
				+ ((phone != null) ? ", ou appelez-nous au " + phone + "." : ".");
	}

	/**
	 * Bucket4j reads time from the application's clock, like everything else here.
	 */
	private record ClockTimeMeter(Clock clock) implements TimeMeter {

		@Override
		public long currentTimeNanos() {
			return this.clock.millis() * 1_000_000L;
		}

		@Override
		public boolean isWallClockBased() {
			return true;
		}

	}

}
