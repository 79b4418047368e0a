package fr.peringenierie.site.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.persister.entity.EntityPersister;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Moves the content revision on from the data itself: Hibernate reports every row of
 * {@link PublicContent} written in a transaction, and the revision is incremented once,
 * in that same transaction, just before it commits (the way Hibernate Envers writes its
 * audit rows). The new revision therefore becomes visible exactly when the change does,
 * on every instance, whichever service, controller or script made the change.
 */
@Component
public class PublicContentChanges
		implements Integrator, PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

	public static final String BUMP = "update content_revision set revision = revision + 1 where id = 1";

	/** The channel on which PostgreSQL tells every instance of a new revision. */
	public static final String CHANNEL = "per_content_revision";

	/**
	 * Sent in the transaction, so delivered by PostgreSQL when (and only if) it commits.
	 */
	public static final String NOTIFY = "select pg_notify('" + CHANNEL + "', (" + ContentRevision.CURRENT + ")::text)";

	private final ApplicationEventPublisher events;

	/** Sessions whose transaction already bumps the revision. */
	private final Set<SharedSessionContractImplementor> changing = Collections
		.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

	public PublicContentChanges(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
			SessionFactoryImplementor sessionFactory) {
		EventListenerRegistry listeners = sessionFactory.getServiceRegistry()
			.requireService(EventListenerRegistry.class);
		listeners.appendListeners(EventType.POST_INSERT, this);
		listeners.appendListeners(EventType.POST_UPDATE, this);
		listeners.appendListeners(EventType.POST_DELETE, this);
	}

	@Override
	public void onPostInsert(PostInsertEvent event) {
		changed(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostUpdate(PostUpdateEvent event) {
		changed(event.getEntity(), event.getSession());
	}

	@Override
	public void onPostDelete(PostDeleteEvent event) {
		changed(event.getEntity(), event.getSession());
	}

	@Override
	public boolean requiresPostCommitHandling(EntityPersister persister) {
		return false;
	}

	private void changed(Object entity, SharedSessionContractImplementor session) {
		if (!(entity instanceof PublicContent content) || !content.changesPublicPages()
				|| !this.changing.add(session)) {
			return;
		}
		TransactionCompletionCallbacks callbacks = session.getTransactionCompletionCallbacks();
		callbacks.registerCallback((BeforeCompletionCallback) this::bump);
		callbacks.registerCallback((AfterCompletionCallback) (committed, completed) -> {
			this.changing.remove(completed);
			if (committed) {
				this.events.publishEvent(new ContentRevision.Changed());
			}
		});
	}

	private void bump(SharedSessionContractImplementor session) {
		Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
		try (PreparedStatement statement = connection.prepareStatement(BUMP)) {
			statement.executeUpdate();
		}
		catch (SQLException ex) {
			throw session.getJdbcServices().getSqlExceptionHelper().convert(ex, "Révision du contenu", BUMP);
		}
		if (session.getJdbcServices().getDialect() instanceof PostgreSQLDialect) {
			try (PreparedStatement statement = connection.prepareStatement(NOTIFY)) {
				statement.execute();
			}
			catch (SQLException ex) {
				throw session.getJdbcServices().getSqlExceptionHelper().convert(ex, "Révision du contenu", NOTIFY);
			}
		}
	}

}
