package fr.peringenierie.site.config;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background work: the notification outbox and the retention purge.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@EnableScheduling
@ConditionalOnProperty(name = "per.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

}
