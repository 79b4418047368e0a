package fr.peringenierie.site.web;

import java.net.URI;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The address visitors type to reach the site, from which canonical links, Open Graph,
 * the sitemap, structured data and the links in e-mails are made: the environment's
 * ({@code PER_SITE_BASE_URL}) when it gives one, else the one staff set in the back
 * office (« Mise en ligne »), else none yet — then pages ask not to be indexed and the
 * sitemap is withheld. The stored address is read again whenever the content revision
 * moves on, so that every instance takes a new one at the same time as the pages it
 * changes.
 */
@Component
public class PublicAddress {

	private final SiteProperties environment;

	private final ObjectProvider<Stored> stored;

	private final LongSupplier revision;

	private volatile Known known = new Known(Long.MIN_VALUE, null);

	/**
	 * The page cache is looked up when first asked: it is made by the web configuration,
	 * whose interceptors need this address.
	 */
	@Autowired
	PublicAddress(SiteProperties environment, ObjectProvider<Stored> stored, ObjectProvider<RenderedPageCache> cache) {
		this(environment, stored, () -> cache.getObject().knownRevision());
	}

	PublicAddress(SiteProperties environment, ObjectProvider<Stored> stored, LongSupplier revision) {
		this.environment = environment;
		this.stored = stored;
		this.revision = revision;
	}

	/**
	 * An address given once and for all, as the environment would give it (for code run
	 * outside the application, such as unit tests).
	 */
	public static PublicAddress fixed(URI address) {
		return new PublicAddress(new SiteProperties(address), null, () -> 0);
	}

	/**
	 * Whether the site knows its public address, from the environment or the back office.
	 */
	public boolean isSet() {
		return this.environment.isConfigured() || storedAddress() != null;
	}

	/**
	 * Whether the environment gives the address: the back office's is then ignored.
	 */
	public boolean isFromEnvironment() {
		return this.environment.isConfigured();
	}

	/**
	 * The public address, or the local one while none is set.
	 */
	public URI baseUrl() {
		if (this.environment.isConfigured()) {
			return this.environment.baseUrl();
		}
		URI stored = storedAddress();
		return (stored != null) ? stored : this.environment.baseUrl();
	}

	/**
	 * The absolute URL of a path of this site.
	 */
	public String absoluteUrl(String path) {
		String base = baseUrl().toString();
		if (base.endsWith("/")) {
			base = base.substring(0, base.length() - 1);
		}
		return base + path;
	}

	private URI storedAddress() {
		long current = this.revision.getAsLong();
		Known known = this.known;
		if (known.revision() != current) {
			Stored source = (this.stored != null) ? this.stored.getIfAvailable() : null;
			try {
				known = new Known(current, (source != null) ? source.read().orElse(null) : null);
				this.known = known;
			}
			catch (RuntimeException ex) {
				// The database is away: the address last read still holds.
				return known.address();
			}
		}
		return known.address();
	}

	/**
	 * Where the address set in the back office is kept.
	 */
	public interface Stored {

		Optional<URI> read();

	}

	private record Known(long revision, URI address) {

	}

}
