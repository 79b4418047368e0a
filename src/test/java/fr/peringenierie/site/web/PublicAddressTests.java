package fr.peringenierie.site.web;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The environment's address wins; else the one set in the back office, read again when
 * the content revision moves on; else none, and the site says so.
 */
class PublicAddressTests {

	final AtomicReference<URI> stored = new AtomicReference<>();

	final AtomicInteger reads = new AtomicInteger();

	final AtomicLong revision = new AtomicLong(1);

	@Test
	void withNeitherTheSiteIsLocalAndSaysItIsNotSet() {
		PublicAddress address = address(null);
		assertThat(address.isSet()).isFalse();
		assertThat(address.absoluteUrl("/edito")).isEqualTo("http://localhost:8080/edito");
	}

	@Test
	void theBackOfficesAddressIsTakenWhenTheRevisionMovesOn() {
		PublicAddress address = address(null);
		assertThat(address.isSet()).isFalse();
		this.stored.set(URI.create("https://www.per-ingenierie.fr/"));
		assertThat(address.isSet()).as("même révision : pas relue").isFalse();
		this.revision.incrementAndGet();
		assertThat(address.isSet()).isTrue();
		assertThat(address.absoluteUrl("/edito")).isEqualTo("https://www.per-ingenierie.fr/edito");
		int reads = this.reads.get();
		address.absoluteUrl("/histoire");
		address.absoluteUrl("/equipe");
		assertThat(this.reads).as("une lecture par révision").hasValue(reads);
	}

	@Test
	void theEnvironmentWins() {
		this.stored.set(URI.create("https://ailleurs.example"));
		PublicAddress address = address("https://www.per-ingenierie.fr");
		assertThat(address.isFromEnvironment()).isTrue();
		assertThat(address.absoluteUrl("/")).isEqualTo("https://www.per-ingenierie.fr/");
	}

	private PublicAddress address(String environment) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("stored", (PublicAddress.Stored) () -> {
			this.reads.incrementAndGet();
			return Optional.ofNullable(this.stored.get());
		});
		return new PublicAddress(new SiteProperties((environment != null) ? URI.create(environment) : null),
				beans.getBeanProvider(PublicAddress.Stored.class), this.revision::get);
	}

}
