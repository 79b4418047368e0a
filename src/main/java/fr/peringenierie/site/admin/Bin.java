package fr.peringenierie.site.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.OrderedEntity;
import fr.peringenierie.site.web.ResourceNotFoundException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bin ("Corbeille") and the moves that check the version the list was opened on, for
 * every ordered kind of content. A deleted item stays in its table with its children,
 * hidden by the {@link OrderedEntity#NOT_BINNED} filter, until it is restored or, after
 * the retention period, purged for good.
 */
@Service
@Transactional
public class Bin {

	private static final Logger logger = LoggerFactory.getLogger(Bin.class);

	private final Map<String, OrderedContent> kinds;

	private final AuditLog auditLog;

	private final Clock clock;

	private final Duration retention;

	@PersistenceContext
	private EntityManager entityManager;

	public Bin(List<OrderedContent> kinds, AuditLog auditLog, Clock clock,
			@Value("${per.bin.retention:30d}") Duration retention) {
		this.kinds = kinds.stream().collect(Collectors.toMap(OrderedContent::pathSegment, Function.identity()));
		this.auditLog = auditLog;
		this.clock = clock;
		this.retention = retention;
	}

	public OrderedContent kind(String pathSegment) {
		OrderedContent kind = this.kinds.get(pathSegment);
		if (kind == null) {
			throw new ResourceNotFoundException("Contenu inconnu : " + pathSegment);
		}
		return kind;
	}

	/**
	 * An item that is not in the bin.
	 */
	@Transactional(readOnly = true)
	public OrderedEntity item(OrderedContent kind, long id) {
		OrderedEntity item = this.entityManager.find(kind.type(), id);
		if (item == null) {
			throw new ResourceNotFoundException("Élément introuvable : il a peut-être été supprimé entre-temps.");
		}
		return item;
	}

	/**
	 * Moves an item that many places, unless someone changed it since the list was shown:
	 * moving any item renumbers its siblings, so a list shown before a move is stale.
	 */
	public void move(OrderedContent kind, long id, long version, int offset) {
		EditConflictException.check(item(kind, id), version);
		kind.move(id, offset);
	}

	/**
	 * Puts an item, with its children, in the bin, unless someone changed it since it was
	 * shown.
	 */
	public void put(OrderedContent kind, long id, long version) {
		OrderedEntity item = item(kind, id);
		EditConflictException.check(item, version);
		item.moveToBin(this.clock.instant(), AuditLog.currentUsername());
		this.auditLog.record("Mise à la corbeille", describe(kind, item));
	}

	@Transactional(readOnly = true)
	public List<BinnedItem> contents() {
		List<BinnedItem> binned = new ArrayList<>();
		for (OrderedContent kind : this.kinds.values()) {
			for (OrderedEntity item : inBin(kind, "e.binnedAt is not null", null)) {
				binned.add(binnedItem(kind, item));
			}
		}
		binned.sort(Comparator.comparing(BinnedItem::binnedAt).reversed());
		return binned;
	}

	@Transactional(readOnly = true)
	public BinnedItem binned(OrderedContent kind, long id) {
		return binnedItem(kind, binnedItem(kind, id));
	}

	/**
	 * Takes an item out of the bin, with everything that went in with it.
	 * @return the screen that lists it again
	 */
	public String restore(OrderedContent kind, long id, long version) {
		OrderedEntity item = binnedItem(kind, id);
		EditConflictException.check(item, version);
		item.restoreFromBin();
		this.auditLog.record("Restauration depuis la corbeille", describe(kind, item));
		this.entityManager.flush();
		return kind.listUrl(id);
	}

	/**
	 * Deletes an item of the bin for good, with its children.
	 */
	public void purge(OrderedContent kind, long id, long version) {
		OrderedEntity item = binnedItem(kind, id);
		EditConflictException.check(item, version);
		this.entityManager.remove(item);
		this.auditLog.record("Suppression définitive", describe(kind, item));
	}

	/**
	 * The nightly purge, on one instance only.
	 */
	@Scheduled(cron = "${per.bin.purge-cron:0 45 3 * * *}", zone = "Europe/Paris")
	@SchedulerLock(name = "bin.purge", lockAtLeastFor = "PT1M")
	public void purgeNightly() {
		purgeExpired();
	}

	/**
	 * Deletes for good what has been in the bin longer than the retention period.
	 */
	public int purgeExpired() {
		Instant limit = this.clock.instant().minus(this.retention);
		int purged = 0;
		for (OrderedContent kind : this.kinds.values()) {
			for (OrderedEntity item : inBin(kind, "e.binnedAt < :limit", limit)) {
				this.entityManager.remove(item);
				this.auditLog.record("Suppression définitive",
						describe(kind, item) + ", resté " + this.retention.toDays() + " jours dans la corbeille");
				purged++;
			}
		}
		if (purged > 0) {
			logger.info("Corbeille : {} élément(s) supprimé(s) définitivement", purged);
		}
		return purged;
	}

	private OrderedEntity binnedItem(OrderedContent kind, long id) {
		Session session = this.entityManager.unwrap(Session.class);
		session.disableFilter(OrderedEntity.NOT_BINNED);
		try {
			OrderedEntity item = this.entityManager.find(kind.type(), id);
			if (item == null || !item.isBinned()) {
				throw new ResourceNotFoundException("Cet élément n’est pas (ou plus) dans la corbeille.");
			}
			return item;
		}
		finally {
			session.enableFilter(OrderedEntity.NOT_BINNED);
		}
	}

	private BinnedItem binnedItem(OrderedContent kind, OrderedEntity item) {
		return new BinnedItem(kind.pathSegment(), kind.kindLabel(), item.getId(), item.displayName(),
				item.getBinnedAt(), item.getBinnedBy(), item.getBinnedAt().plus(this.retention), item.getVersion());
	}

	/**
	 * Items of the bin, read with the filter that hides them lifted for this query only.
	 */
	private List<? extends OrderedEntity> inBin(OrderedContent kind, String condition, Instant limit) {
		Session session = this.entityManager.unwrap(Session.class);
		session.disableFilter(OrderedEntity.NOT_BINNED);
		try {
			var query = this.entityManager.createQuery(
					"select e from " + entityName(kind) + " e where " + condition + " order by e.binnedAt",
					kind.type());
			if (limit != null) {
				query.setParameter("limit", limit);
			}
			return query.getResultList();
		}
		finally {
			session.enableFilter(OrderedEntity.NOT_BINNED);
		}
	}

	private String entityName(OrderedContent kind) {
		return this.entityManager.getMetamodel().entity(kind.type()).getName();
	}

	private static String describe(OrderedContent kind, OrderedEntity item) {
		String label = kind.kindLabel();
		return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " « " + item.displayName() + " »";
	}

	/**
	 * An item of the bin, as its screen lists it.
	 */
	public record BinnedItem(String kind, String kindLabel, long id, String name, Instant binnedAt, String binnedBy,
			Instant purgedAfter, long version) {

	}

}
