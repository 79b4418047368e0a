package fr.peringenierie.site.audit;

import java.time.Clock;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records who changed what in the back office. An entry joins the transaction of the
 * change it describes, so that a change is never logged without happening, nor the
 * reverse.
 */
@Service
public class AuditLog {

	/** Longest subject kept; longer ones are cut. */
	static final int MAX_SUBJECT = 500;

	private final AuditEntryRepository entries;

	private final Clock clock;

	public AuditLog(AuditEntryRepository entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subject) {
		String text = (subject.length() > MAX_SUBJECT) ? subject.substring(0, MAX_SUBJECT - 1) + "…" : subject;
		this.entries.save(new AuditEntry(this.clock.instant(), currentUsername(), action, text));
	}

	@Transactional(readOnly = true)
	public Page<AuditEntry> page(Pageable pageable) {
		return this.entries.findAllByOrderByOccurredAtDescIdDesc(pageable);
	}

	/**
	 * The signed-in member of staff, or "système" for the application's own work.
	 */
	public static String currentUsername() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "système";
	}

}
