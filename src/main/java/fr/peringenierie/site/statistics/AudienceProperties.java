package fr.peringenierie.site.statistics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audience measurement.
 *
 * @param enabled whether page views are counted at all
 * @param flushInterval how often each instance writes its counts
 * @param keepMonths how long the aggregates are kept (the CNIL allows 25 months)
 * @param maxVisitors how many visitors (per page and day) an instance tells apart between
 * two writes; beyond, views are still counted, not visitors (a flood, or a long outage of
 * the database)
 */
@ConfigurationProperties("per.audience")
public record AudienceProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10s") Duration flushInterval,
		@DefaultValue("25") int keepMonths, @DefaultValue("100000") int maxVisitors) {

}
