package fr.peringenierie.site.revision;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.peringenierie.site.web.BaseEntity;
import org.hibernate.Hibernate;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Publishes the values of a draft or of a past version through the update « Publier »
 * runs for their kind ({@link ContentPublisher}), never by writing fields behind its
 * back.
 */
@Component
class ContentPublishers {

	private final Map<Class<?>, ContentPublisher> byKind = new HashMap<>();

	private final JsonMapper jsonMapper;

	@PersistenceContext
	private EntityManager entityManager;

	ContentPublishers(List<ContentPublisher> publishers, TrackedKinds kinds, JsonMapper jsonMapper) {
		this.jsonMapper = jsonMapper;
		for (ContentPublisher publisher : publishers) {
			publisher.publishedKinds().forEach((type) -> this.byKind.put(type, publisher));
		}
		for (TrackedKinds.Kind kind : kinds.all()) {
			if (!this.byKind.containsKey(kind.type())) {
				throw new IllegalStateException(
						kind.type().getSimpleName() + " garde un historique mais aucun ContentPublisher ne le publie");
			}
		}
	}

	/**
	 * Publishes on an item, managed in the current transaction, the tracked values of a
	 * draft or a version: the item is set aside, given the values, and handed as the
	 * wanted state to the update « Publier » runs, which reads the item again.
	 * @throws ContentPublisher.Refused when the values can no longer be published
	 */
	void publish(BaseEntity item, Map<String, Object> values) {
		ContentPublisher publisher = this.byKind.get(Hibernate.getClass(item));
		this.entityManager.flush();
		this.entityManager.detach(item);
		TrackedKinds.apply(item, values, this.jsonMapper);
		publisher.publish(item.getId(), item);
	}

}
