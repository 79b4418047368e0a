package fr.peringenierie.site.redirect;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.MovedAddresses;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Addresses that never break: when a page's address changes, its old address answers 301
 * to the new one, and every older address of the page is pointed straight at the new one,
 * so that no visitor or search engine ever follows a chain.
 */
@Service
@Transactional
public class Redirects implements MovedAddresses {

	private final PageRedirectRepository redirects;

	private final AuditLog auditLog;

	private final Clock clock;

	public Redirects(PageRedirectRepository redirects, AuditLog auditLog, Clock clock) {
		this.redirects = redirects;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> newAddress(String path) {
		return this.redirects.findByFromPath(path).map(PageRedirect::getToPath);
	}

	/**
	 * Whether an address answers with a redirect somewhere other than the given address,
	 * so that no page may take it.
	 */
	@Transactional(readOnly = true)
	public boolean leadsElsewhere(String path, String currentAddress) {
		return newAddress(path).filter((target) -> !target.equals(currentAddress)).isPresent();
	}

	/**
	 * A page that visitors could reach moved from one address to another.
	 */
	public void moved(String from, String to) {
		if (from.equals(to)) {
			return;
		}
		for (PageRedirect older : this.redirects.findByToPath(from)) {
			older.pointTo(to);
		}
		// The new address is live (again): it no longer leads anywhere else.
		this.redirects.findByFromPath(to).ifPresent(this.redirects::delete);
		PageRedirect redirect = this.redirects.findByFromPath(from)
			.orElseGet(() -> new PageRedirect(from, to, this.clock.instant()));
		redirect.pointTo(to);
		this.redirects.save(redirect);
		this.auditLog.record("Redirection", from + " → " + to);
	}

	@Transactional(readOnly = true)
	public List<PageRedirect> all() {
		return this.redirects.findAllByOrderByFromPath();
	}

	/**
	 * A redirect added by hand; its target is followed to the final address.
	 */
	public void add(String from, String to) {
		String target = newAddress(to).orElse(to);
		this.redirects.save(new PageRedirect(from, target, this.clock.instant()));
		this.auditLog.record("Redirection ajoutée", from + " → " + target);
	}

	@Transactional(readOnly = true)
	public PageRedirect redirect(long id) {
		return this.redirects.findById(id).orElseThrow(() -> new ResourceNotFoundException("Redirection inconnue"));
	}

	public void delete(long id) {
		PageRedirect redirect = redirect(id);
		this.redirects.delete(redirect);
		this.auditLog.record("Redirection supprimée", redirect.getFromPath() + " → " + redirect.getToPath());
	}

}
