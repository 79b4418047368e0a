package fr.peringenierie.site.revision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.AdminOnly;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import fr.peringenierie.site.web.ResourceNotFoundException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hibernate.Hibernate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts of every kind of tracked content: a change saved without touching the live site,
 * previewed as visitors will see it, then published by hand or at a scheduled time. A
 * draft is made by running the very update that "Publier" would run (its checks, its
 * cleaning of rich text) in a transaction that is rolled back once the result is read:
 * what is published later is exactly what was previewed.
 */
@Service
@Transactional
public class Drafts {

	private static final Logger logger = LoggerFactory.getLogger(Drafts.class);

	static final String PUBLISHED = "published";

	/**
	 * Tries of a scheduled publication that fails (at each run of the scheduler) before
	 * it is given up and shown to staff.
	 */
	static final int MAX_ATTEMPTS = 5;

	private final DraftRepository drafts;

	private final TrackedKinds kinds;

	private final JsonMapper jsonMapper;

	private final AuditLog auditLog;

	private final Clock clock;

	private final TransactionTemplate apart;

	private final ContentPublishers publishers;

	private final DraftVersions versions;

	private final ApplicationEventPublisher events;

	@PersistenceContext
	private EntityManager entityManager;

	Drafts(DraftRepository drafts, TrackedKinds kinds, JsonMapper jsonMapper, AuditLog auditLog, Clock clock,
			PlatformTransactionManager transactions, ContentPublishers publishers, DraftVersions versions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.drafts = drafts;
		this.versions = versions;
		this.publishers = publishers;
		this.kinds = kinds;
		this.jsonMapper = jsonMapper;
		this.auditLog = auditLog;
		this.clock = clock;
		this.apart = new TransactionTemplate(transactions);
		this.apart.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Keeps as the item's draft what {@code update} would publish, without publishing it.
	 * @param publishAt when the draft goes live by itself, or {@code null}
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void save(Class<?> type, long id, Runnable update, Instant publishAt) {
		write(type, id, update, publishAt, false);
	}

	/**
	 * Keeps as the item's draft what {@code update} would publish, and asks the reviewers
	 * to publish it: the journal and their e-mail say so.
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void propose(Class<?> type, long id, Runnable update) {
		write(type, id, update, null, true);
	}

	private void write(Class<?> type, long id, Runnable update, Instant publishAt, boolean proposed) {
		TrackedKinds.Kind kind = this.kinds.byType(type);
		Captured captured = this.apart.execute((status) -> {
			status.setRollbackOnly();
			long baseVersion = this.kinds.item(kind, id).getVersion();
			update.run();
			this.entityManager.flush();
			Map<String, Object> values = TrackedKinds.values(this.kinds.item(kind, id));
			if (publishAt != null || proposed) {
				values.computeIfPresent(PUBLISHED, (name, published) -> true);
			}
			return new Captured(values, baseVersion);
		});
		this.apart.executeWithoutResult((status) -> {
			Draft draft = this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
				.orElseGet(() -> new Draft(kind.entityName(), id));
			String data = this.jsonMapper.writeValueAsString(captured.values());
			draft.replace(data, captured.baseVersion(), AuditLog.currentUsername(), this.clock.instant(), publishAt);
			if (proposed) {
				draft.propose(draft.getSavedBy(), draft.getSavedAt());
			}
			this.drafts.save(draft);
			this.versions.record(kind.entityName(), id, draft.getSavedBy(), draft.getSavedAt(), data,
					RevisionKind.DRAFT);
			BaseEntity item = this.kinds.item(kind, id);
			String subject = kind.describe(item);
			if (publishAt != null) {
				this.auditLog.record("Publication programmée", subject + " : le " + ParisTime.format(publishAt));
			}
			else if (proposed) {
				this.auditLog.record("Proposé à la relecture", subject);
				this.events.publishEvent(new ReviewEvent(ReviewEvent.Step.PROPOSED, kind.label(), kind.title(item),
						kind.editUrl(id), draft.getSavedBy(), null, null));
			}
			else {
				this.auditLog.record("Brouillon enregistré", subject);
			}
		});
	}

	/**
	 * Keeps as the item's draft what {@code update} would publish, when it differs from
	 * what the item's form now shows (its draft, or the live version): text typed on a
	 * page whose other button was pressed. A schedule the draft had is suspended, since
	 * nobody chose to publish this text yet.
	 * @return whether a draft was written
	 */
	@Transactional(propagation = Propagation.NEVER)
	public boolean keep(Class<?> type, long id, Runnable update) {
		TrackedKinds.Kind kind = this.kinds.byType(type);
		Captured captured = this.apart.execute((status) -> {
			status.setRollbackOnly();
			BaseEntity item = this.kinds.item(kind, id);
			long baseVersion = item.getVersion();
			Map<String, Object> shown = this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
				.map(this::values)
				.orElseGet(() -> TrackedKinds.values(item));
			String before = this.jsonMapper.writeValueAsString(shown);
			update.run();
			this.entityManager.flush();
			Map<String, Object> values = TrackedKinds.values(this.kinds.item(kind, id));
			boolean same = this.jsonMapper.readTree(before)
				.equals(this.jsonMapper.readTree(this.jsonMapper.writeValueAsString(values)));
			return same ? null : new Captured(values, baseVersion);
		});
		if (captured == null) {
			return false;
		}
		this.apart.executeWithoutResult((status) -> {
			Draft draft = this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
				.orElseGet(() -> new Draft(kind.entityName(), id));
			String data = this.jsonMapper.writeValueAsString(captured.values());
			draft.replace(data, captured.baseVersion(), AuditLog.currentUsername(), this.clock.instant(), null);
			this.drafts.save(draft);
			this.versions.record(kind.entityName(), id, draft.getSavedBy(), draft.getSavedAt(), data,
					RevisionKind.KEPT_TYPING);
			this.auditLog.record("Brouillon enregistré (saisie gardée)", kind.describe(this.kinds.item(kind, id)));
		});
		return true;
	}

	/**
	 * Publishes an item through {@code update} and drops its draft, in one transaction.
	 */
	public void publish(Class<?> type, long id, Runnable update) {
		TrackedKinds.Kind kind = this.kinds.byType(type);
		Draft proposal = this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
			.filter(Draft::isProposed)
			.orElse(null);
		update.run();
		this.drafts.deleteItem(kind.entityName(), id);
		if (proposal != null) {
			published(kind, this.kinds.item(kind, id), proposal);
		}
	}

	/**
	 * Says that a proposal went online: in the journal, with both names, and to its
	 * author.
	 */
	void published(TrackedKinds.Kind kind, BaseEntity item, Draft proposal) {
		String reviewer = AuditLog.currentUsername();
		this.auditLog.record("Proposition publiée",
				kind.describe(item) + " : proposée par " + proposal.getProposedBy() + ", publiée par " + reviewer);
		this.events.publishEvent(new ReviewEvent(ReviewEvent.Step.PUBLISHED, kind.label(), kind.title(item),
				kind.editUrl(item.getId()), proposal.getProposedBy(), reviewer, null));
	}

	public void discard(String segment, long id) {
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		this.kinds.reachableItem(kind, id);
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (!AdminForms.publishes(authentication) && this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
			.filter((draft) -> !draft.getSavedBy().equals(authentication.getName()))
			.isPresent()) {
			throw new AccessDeniedException("Un contributeur n’abandonne que ses propres brouillons.");
		}
		if (this.drafts.deleteItem(kind.entityName(), id) > 0) {
			this.auditLog.record("Brouillon abandonné", kind.describe(this.kinds.item(kind, id)));
		}
	}

	/**
	 * Gives a detached item the values of its draft, so that its form shows the draft.
	 * @return the draft, or {@code null} if the item has none
	 */
	@Transactional(readOnly = true)
	public Draft overlay(BaseEntity detached) {
		TrackedKinds.Kind kind = this.kinds.byType(Hibernate.getClass(detached));
		Draft draft = this.drafts.findByItemTypeAndItemId(kind.entityName(), detached.getId()).orElse(null);
		if (draft != null) {
			TrackedKinds.apply(detached, values(draft), this.jsonMapper);
		}
		return draft;
	}

	/**
	 * Every draft waiting, newest first; those of items reserved to administrators only
	 * for an administrator.
	 */
	@Transactional(readOnly = true)
	public List<Pending> all() {
		boolean administrator = AdminForms.isAdministrator(SecurityContextHolder.getContext().getAuthentication());
		return this.drafts.findAllByOrderBySavedAtDesc().stream().flatMap((draft) -> {
			TrackedKinds.Kind kind = this.kinds.byEntityName(draft.getItemType()).orElseThrow();
			Object item = this.entityManager.find(kind.type(), draft.getItemId());
			if (!administrator && item instanceof AdminOnly restricted && restricted.isAdminOnly()) {
				return Stream.empty();
			}
			return Stream.of(new Pending(kind, draft, (item != null) ? kind.title(item) : "(élément supprimé)",
					kind.editUrl(draft.getItemId())));
		}).toList();
	}

	/**
	 * Who sees an item as it now stands, for the message that says what a save did.
	 */
	@Transactional(readOnly = true)
	public Audience audience(Class<?> type, long id) {
		BaseEntity item = this.kinds.item(this.kinds.byType(type), id);
		if (item instanceof AdminOnly restricted && restricted.isAdminOnly()) {
			return Audience.STAFF;
		}
		return Boolean.FALSE.equals(TrackedKinds.values(item).get(PUBLISHED)) ? Audience.NOBODY_YET : Audience.VISITORS;
	}

	/** Who sees an item once saved. */
	public enum Audience {

		/** Online: visitors see it. */
		VISITORS,
		/** Saved, not online: its "En ligne" box is not ticked. */
		NOBODY_YET,
		/** Reserved to the team: no public page shows it. */
		STAFF

	}

	/**
	 * The draft of one item, as the page asking whether to throw it away shows it; a 404
	 * when it has none (already published or thrown away).
	 */
	@Transactional(readOnly = true)
	public Pending pending(String segment, long id) {
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		BaseEntity item = this.kinds.reachableItem(kind, id);
		Draft draft = this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
			.orElseThrow(() -> new ResourceNotFoundException(
					"Aucun brouillon en attente : il a déjà été publié ou abandonné."));
		return new Pending(kind, draft, kind.title(item), kind.editUrl(id));
	}

	/**
	 * The items that have a draft, as "EntityName:id".
	 */
	@Transactional(readOnly = true)
	public Set<String> pendingKeys() {
		return this.drafts.findAll()
			.stream()
			.map((draft) -> draft.getItemType() + ":" + draft.getItemId())
			.collect(Collectors.toSet());
	}

	/**
	 * Renders the public page of an item with its draft applied (and published, if it
	 * never was), then forgets it all: nothing of the preview is ever committed.
	 * @param render renders the public page at the given path, within the transaction
	 */
	@Transactional(propagation = Propagation.NEVER)
	public void preview(String segment, long id, Consumer<String> render) {
		TrackedKinds.Kind kind = this.kinds.kind(segment);
		this.apart.executeWithoutResult((status) -> {
			status.setRollbackOnly();
			BaseEntity item = this.kinds.reachableItem(kind, id);
			this.drafts.findByItemTypeAndItemId(kind.entityName(), id)
				.ifPresent((draft) -> TrackedKinds.apply(item, values(draft), this.jsonMapper));
			if (TrackedKinds.values(item).containsKey(PUBLISHED)) {
				TrackedKinds.apply(item, Map.of(PUBLISHED, true), this.jsonMapper);
			}
			this.entityManager.flush();
			render.accept(((PublicContent) item).publicPath());
		});
	}

	@Scheduled(fixedDelayString = "${per.drafts.publish-interval:30s}",
			initialDelayString = "${per.drafts.publish-interval:30s}")
	@SchedulerLock(name = "drafts.publish-due", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5S")
	public void publishDue() {
		publishDue(this.clock.instant());
	}

	/**
	 * Publishes the drafts due at {@code now}. Each is taken by a conditional delete, so
	 * that with several instances on one database each draft is published exactly once.
	 * @return how many this call published
	 */
	@Transactional(propagation = Propagation.NEVER)
	public int publishDue(Instant now) {
		int published = 0;
		for (long id : this.drafts.findDue(now)) {
			String author = this.drafts.findById(id).map(Draft::getSavedBy).orElse(null);
			if (author == null) {
				continue;
			}
			// Published in the name of who scheduled it, up to the commit, where the
			// revision is written.
			SecurityContext previous = SecurityContextHolder.getContext();
			SecurityContext scheduler = SecurityContextHolder.createEmptyContext();
			scheduler.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(author, null, List.of()));
			SecurityContextHolder.setContext(scheduler);
			try {
				if (Boolean.TRUE.equals(this.apart.execute((status) -> publishScheduled(id, now)))) {
					published++;
				}
			}
			catch (RuntimeException ex) {
				failed(id, ex);
			}
			finally {
				SecurityContextHolder.setContext(previous);
			}
		}
		return published;
	}

	private boolean publishScheduled(long id, Instant now) {
		Draft draft = this.drafts.findById(id).orElse(null);
		if (draft == null || !draft.isScheduled()) {
			return false;
		}
		TrackedKinds.Kind kind = this.kinds.byEntityName(draft.getItemType()).orElseThrow();
		Object found = this.entityManager.find(kind.type(), draft.getItemId());
		if (!(found instanceof BaseEntity current) || current.getVersion() != draft.getBaseVersion()) {
			String problem = "Le contenu a été modifié ou supprimé depuis ce brouillon : publication programmée annulée.";
			if (this.drafts.cancelSchedule(id, problem) == 1 && found != null) {
				this.auditLog.record("Programmation annulée", kind.describe(found) + " : modifié entre-temps");
			}
			return false;
		}
		Map<String, Object> values = values(draft);
		if (this.drafts.takeDue(id, now) != 1) {
			return false;
		}
		BaseEntity item = (BaseEntity) this.entityManager.find(kind.type(), draft.getItemId());
		this.publishers.publish(item, values);
		this.auditLog.record("Publication (programmée)", kind.describe(item));
		return true;
	}

	/**
	 * A scheduled publication that could not be applied (nothing of it was): tried again
	 * at the next runs, then, after {@link #MAX_ATTEMPTS}, given up with its reason,
	 * which the dashboard and the drafts page show. The draft itself is kept.
	 */
	private void failed(long id, RuntimeException ex) {
		String reason = (ex instanceof ContentPublisher.Refused refused) ? refused.getMessage()
				: "erreur technique (détail dans le journal du serveur)";
		Integer attempts = this.apart.execute((status) -> {
			this.drafts.recordFailure(id, reason);
			return this.drafts.findById(id).map(Draft::getAttempts).orElse(0);
		});
		if (attempts == null || attempts < MAX_ATTEMPTS) {
			logger.warn("Publication programmée impossible (brouillon {}, essai {}) : {}", id, attempts, ex.toString());
			return;
		}
		logger.error("Publication programmée abandonnée après {} essais (brouillon {})", attempts, id, ex);
		this.apart.executeWithoutResult((status) -> {
			String problem = "La publication programmée a échoué " + attempts + " fois : " + reason
					+ ". Le brouillon est gardé : corrigez-le, puis publiez-le ou programmez-le à nouveau.";
			if (this.drafts.cancelSchedule(id, problem) == 1) {
				this.drafts.findById(id)
					.ifPresent((draft) -> this.kinds.byEntityName(draft.getItemType())
						.map((kind) -> this.entityManager.find(kind.type(), draft.getItemId()))
						.ifPresent((item) -> this.auditLog.record("Publication programmée en échec",
								this.kinds.byEntityName(draft.getItemType()).orElseThrow().describe(item) + " : "
										+ reason)));
			}
		});
	}

	/**
	 * The drafts whose scheduled publication was given up, with the reason, for the
	 * dashboard; those of items reserved to administrators only for an administrator.
	 */
	@Transactional(readOnly = true)
	public List<Pending> withProblems() {
		return all().stream().filter((pending) -> pending.draft().getProblem() != null).toList();
	}

	/** The tracked values a draft holds. */
	Map<String, Object> values(Draft draft) {
		return this.jsonMapper.readValue(draft.getData(), new TypeReference<Map<String, Object>>() {
		});
	}

	private record Captured(Map<String, Object> values, long baseVersion) {

	}

	/**
	 * A draft, with the item it belongs to, as the list of drafts shows it.
	 */
	public record Pending(TrackedKinds.Kind kind, Draft draft, String title, String editUrl) {

	}

}
