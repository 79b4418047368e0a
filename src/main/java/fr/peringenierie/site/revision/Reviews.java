package fr.peringenierie.site.revision;

import java.util.List;
import java.util.Map;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of contributors' proposals: a proposal is a draft waiting for a reviewer (an
 * editor or an administrator), who publishes it as it was proposed, or sends it back to
 * its author with a note. Either way the journal names both, and the author is told.
 */
@Service
@Transactional
public class Reviews {

	/** Longest note a reviewer may write when sending a proposal back. */
	public static final int MAX_NOTE_LENGTH = 2000;

	private final Drafts drafts;

	private final DraftRepository repository;

	private final TrackedKinds kinds;

	private final ContentPublishers publishers;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	Reviews(Drafts drafts, DraftRepository repository, TrackedKinds kinds, ContentPublishers publishers,
			AuditLog auditLog, ApplicationEventPublisher events) {
		this.drafts = drafts;
		this.repository = repository;
		this.kinds = kinds;
		this.publishers = publishers;
		this.auditLog = auditLog;
		this.events = events;
	}

	/**
	 * The proposals waiting for a reviewer, oldest first (the first proposed is the first
	 * read).
	 */
	@Transactional(readOnly = true)
	public List<Drafts.Pending> waiting() {
		return this.drafts.all()
			.stream()
			.filter((pending) -> pending.draft().isProposed())
			.sorted((a, b) -> a.draft().getProposedAt().compareTo(b.draft().getProposedAt()))
			.toList();
	}

	/**
	 * The drafts of one author that wait for a reviewer or were sent back to them.
	 */
	@Transactional(readOnly = true)
	public List<Drafts.Pending> of(String author) {
		return this.drafts.all()
			.stream()
			.filter((pending) -> author.equals(pending.draft().getProposedBy())
					&& (pending.draft().isProposed() || pending.draft().getReviewNote() != null))
			.toList();
	}

	/**
	 * Publishes a proposal as it was proposed.
	 * @return whether it went online; {@code false} when the item changed since it was
	 * proposed (the proposal then waits, to be opened and published from its form)
	 */
	public boolean publish(String segment, long id) {
		Draft proposal = proposal(segment, id);
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		BaseEntity item = this.kinds.reachableItem(kind, id);
		if (item.getVersion() != proposal.getBaseVersion()) {
			return false;
		}
		Map<String, Object> values = this.drafts.values(proposal);
		this.repository.deleteItem(kind.entityName(), id);
		this.publishers.publish(item, values);
		this.drafts.published(kind, this.kinds.item(kind, id), proposal);
		return true;
	}

	/**
	 * Gives a proposal back to its author with what to change. It stays their draft.
	 */
	public void sendBack(String segment, long id, String note) {
		Draft proposal = proposal(segment, id);
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		BaseEntity item = this.kinds.reachableItem(kind, id);
		String reviewer = AuditLog.currentUsername();
		proposal.sendBack(reviewer, note);
		this.repository.save(proposal);
		this.auditLog.record("Proposition renvoyée",
				kind.describe(item) + " : proposée par " + proposal.getProposedBy() + ", renvoyée par " + reviewer);
		this.events.publishEvent(new ReviewEvent(ReviewEvent.Step.SENT_BACK, kind.label(), kind.title(item),
				kind.editUrl(id), proposal.getProposedBy(), reviewer, note));
	}

	private Draft proposal(String segment, long id) {
		if (!AdminForms.publishes(SecurityContextHolder.getContext().getAuthentication())) {
			throw new AccessDeniedException("Seuls les rédacteurs et les administrateurs relisent les propositions.");
		}
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		return this.repository.findByItemTypeAndItemId(kind.entityName(), id)
			.filter(Draft::isProposed)
			.orElseThrow(() -> new ResourceNotFoundException(
					"Cette proposition n’attend plus de relecture : elle a été publiée, renvoyée ou modifiée."));
	}

}
