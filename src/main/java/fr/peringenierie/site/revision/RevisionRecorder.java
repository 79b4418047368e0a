package fr.peringenierie.site.revision;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.BaseEntity;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Keeps a revision of every item of tracked content each time one of its tracked fields
 * is written, whichever screen, restore or scheduled publication wrote it: Hibernate
 * reports the rows written in a transaction, and their final state is stored just before
 * it commits, in that same transaction (so a revision exists exactly when the change
 * does). The last {@value #KEPT} revisions of each item are kept.
 */
@Component
public class RevisionRecorder implements Integrator, PostInsertEventListener, PostUpdateEventListener {

	/** Revisions kept per item; older ones are pruned as new ones are written. */
	public static final int KEPT = 50;

	static final String INSERT = "insert into revision (item_type, item_id, created_at, author, data) values (?, ?, ?, ?, ?)";

	static final String PRUNE = "delete from revision where item_type = ? and item_id = ? and id not in "
			+ "(select id from revision where item_type = ? and item_id = ? order by id desc limit " + KEPT + ")";

	private final JsonMapper jsonMapper;

	private final Clock clock;

	/** The tracked items written by each session's transaction, in order. */
	private final Map<SharedSessionContractImplementor, Set<Object>> written = Collections
		.synchronizedMap(new WeakHashMap<>());

	public RevisionRecorder(JsonMapper jsonMapper, Clock clock) {
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		if (TrackedKinds.isTracked(event.getEntity().getClass())) {
			written(event.getEntity(), event.getSession());
		}
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		if (TrackedKinds.isTracked(event.getEntity().getClass()) && trackedFieldChanged(event)) {
			written(event.getEntity(), event.getSession());
		}
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private static boolean trackedFieldChanged(PostUpdateEvent event) {
		int[] dirty = event.getDirtyProperties();
		if (dirty == null) {
			return true;
		}
		Set<String> tracked = TrackedKinds.fieldNames(event.getEntity().getClass());
		String[] names = event.getPersister().getPropertyNames();
		for (int index : dirty) {
			if (tracked.contains(names[index])) {
				return true;
			}
		}
		return false;
	}

	private void written(Object entity, SharedSessionContractImplementor session) {
		Set<Object> entities = this.written.get(session);
		if (entities == null) {
			entities = new LinkedHashSet<>();
			this.written.put(session, entities);
			TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
			callbacks.registerCallback((BeforeCompletionCallback) this::record);
			callbacks
				.registerCallback((AfterCompletionCallback) (committed, completed) -> this.written.remove(completed));
		}
		entities.add(entity);
	}

	private void record(SharedSessionContractImplementor session) {
		Set<Object> entities = this.written.remove(session);
		if (entities == null) {
			return;
		}
		String author = AuditLog.currentUsername();
		Timestamp now = Timestamp.from(this.clock.instant());
		try (PreparedStatement insert = prepare(session, INSERT); PreparedStatement prune = prepare(session, PRUNE)) {
			for (Object entity : entities) {
				String type = session.getEntityPersister(null, entity).getEntityName();
				type = type.substring(type.lastIndexOf('.') + 1);
				long id = ((BaseEntity) entity).getId();
				insert.setString(1, type);
				insert.setLong(2, id);
				insert.setTimestamp(3, now);
				insert.setString(4, author);
				insert.setString(5, this.jsonMapper.writeValueAsString(TrackedKinds.values(entity)));
				insert.executeUpdate();
				prune.setString(1, type);
				prune.setLong(2, id);
				prune.setString(3, type);
				prune.setLong(4, id);
				prune.executeUpdate();
			}
		}
		catch (SQLException ex) {
			throw session.getJdbcServices().getSqlExceptionHelper().convert(ex, "Révision du contenu", INSERT);
		}
	}

	private static PreparedStatement prepare(SharedSessionContractImplementor session, String sql) throws SQLException {
		return session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection().prepareStatement(sql);
	}

}
