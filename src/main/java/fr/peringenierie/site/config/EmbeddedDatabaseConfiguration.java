package fr.peringenierie.site.config;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the site acknowledges is on disk, on H2 too, whatever URL an operator writes: H2
 * otherwise writes a commit to its file up to 500 ms later ({@code WRITE_DELAY}), and a
 * crash in that time loses what the site said was saved. Every connection the pool opens
 * sets it to zero, after the URL's own settings, so that no spelling of the URL can
 * weaken it.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseConfiguration {

	static final String DURABLE_COMMITS = "SET WRITE_DELAY 0";

	@Bean
	static BeanPostProcessor durableEmbeddedCommits() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				// The pool starts on its first connection, after this.
				if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
						&& pool.getJdbcUrl().startsWith("jdbc:h2:")) {
					String own = pool.getConnectionInitSql();
					pool.setConnectionInitSql((own != null) ? DURABLE_COMMITS + "; " + own : DURABLE_COMMITS);
				}
				return bean;
			}

		};
	}

}
