package fr.peringenierie.site.revision;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;

import fr.peringenierie.site.web.AdminForms;
import fr.peringenierie.site.web.AdminOnly;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.Tracked;
import fr.peringenierie.site.web.TrackedContent;
import org.hibernate.Hibernate;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * The kinds of content that keep a history, found on the entities themselves
 * ({@link TrackedContent}, {@link Tracked}), and the reading and writing of their tracked
 * fields.
 */
@Component
public class TrackedKinds {

	private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();

	private final Map<String, Kind> bySegment = new LinkedHashMap<>();

	@PersistenceContext
	private EntityManager entityManager;

	public TrackedKinds(EntityManagerFactory entityManagerFactory) {
		for (EntityType<?> entity : entityManagerFactory.getMetamodel().getEntities()) {
			TrackedContent content = entity.getJavaType().getAnnotation(TrackedContent.class);
			if (content != null) {
				this.bySegment.put(content.segment(), new Kind(entity.getJavaType(), entity.getName(), content));
			}
		}
	}

	public Optional<Kind> bySegment(String segment) {
		return Optional.ofNullable(this.bySegment.get(segment));
	}

	/**
	 * The kind whose history screens live at this segment, or a 404.
	 */
	public Kind kind(String segment) {
		return bySegment(segment).orElseThrow(() -> new ResourceNotFoundException("Contenu inconnu : " + segment));
	}

	/**
	 * An item of a kind, in the current transaction, or a 404.
	 */
	public BaseEntity item(Kind kind, long id) {
		Object item = this.entityManager.find(kind.type(), id);
		if (item == null) {
			throw new ResourceNotFoundException("Élément introuvable : il a peut-être été supprimé.");
		}
		return (BaseEntity) item;
	}

	/**
	 * An item reached by a screen through its kind and id (history, comparison, restore,
	 * draft, preview): a 404 if missing, a 403 if it is {@linkplain AdminOnly reserved to
	 * administrators} and the person is not one.
	 */
	public BaseEntity reachableItem(Kind kind, long id) {
		BaseEntity item = item(kind, id);
		if (item instanceof AdminOnly restricted && restricted.isAdminOnly()
				&& !AdminForms.isAdministrator(SecurityContextHolder.getContext().getAuthentication())) {
			throw new AccessDeniedException("Réservé aux administrateurs : " + kind.describe(item));
		}
		return item;
	}

	public Kind byType(Class<?> type) {
		return this.bySegment.values()
			.stream()
			.filter((kind) -> kind.type().equals(type))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(type + " n’a pas d’historique (@TrackedContent)"));
	}

	public Optional<Kind> byEntityName(String entityName) {
		return this.bySegment.values().stream().filter((kind) -> kind.entityName().equals(entityName)).findFirst();
	}

	public List<Kind> all() {
		return List.copyOf(this.bySegment.values());
	}

	/**
	 * Whether the class of an entity keeps a history.
	 */
	static boolean isTracked(Class<?> type) {
		return type.isAnnotationPresent(TrackedContent.class);
	}

	/**
	 * The tracked fields of a kind, in the order the class declares them, those of its
	 * superclasses first.
	 */
	static List<Field> fields(Class<?> type) {
		return FIELDS.computeIfAbsent(type, (key) -> {
			List<Field> fields = new ArrayList<>();
			for (Class<?> current = key; current != null
					&& current != Object.class; current = current.getSuperclass()) {
				List<Field> declared = new ArrayList<>();
				for (Field field : current.getDeclaredFields()) {
					if (field.isAnnotationPresent(Tracked.class)) {
						ReflectionUtils.makeAccessible(field);
						declared.add(field);
					}
				}
				fields.addAll(0, declared);
			}
			return List.copyOf(fields);
		});
	}

	static Set<String> fieldNames(Class<?> type) {
		return fields(type).stream().map(Field::getName).collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The values of the tracked fields of an entity, by field name.
	 */
	static Map<String, Object> values(Object entity) {
		Object target = Hibernate.unproxy(entity);
		Map<String, Object> values = new LinkedHashMap<>();
		for (Field field : fields(target.getClass())) {
			values.put(field.getName(), ReflectionUtils.getField(field, target));
		}
		return values;
	}

	/**
	 * Gives the tracked fields of an entity the values of a revision or a draft, read
	 * from JSON: only to show them (a form, a preview rolled back) or to describe the
	 * wanted state to a {@link ContentPublisher}. Nothing is ever published this way.
	 */
	static void apply(Object entity, Map<String, Object> values, JsonMapper jsonMapper) {
		Object target = Hibernate.unproxy(entity);
		for (Field field : fields(target.getClass())) {
			if (values.containsKey(field.getName())) {
				Object value = values.get(field.getName());
				ReflectionUtils.setField(field, target,
						(value != null) ? jsonMapper.convertValue(value, field.getType()) : null);
			}
		}
	}

	/**
	 * A kind of content with a history.
	 */
	public record Kind(Class<?> type, String entityName, TrackedContent content) {

		public String segment() {
			return this.content.segment();
		}

		public String label() {
			return this.content.label();
		}

		public String editUrl(long id) {
			return this.content.editUrl().replace("{id}", Long.toString(id));
		}

		/**
		 * What names an item in the history and drafts screens: its field named by
		 * {@link TrackedContent#title()}, tracked or not (a setting's label is not).
		 */
		public String title(Object entity) {
			Object target = Hibernate.unproxy(entity);
			Field field = ReflectionUtils.findField(target.getClass(), this.content.title());
			if (field == null) {
				return "";
			}
			ReflectionUtils.makeAccessible(field);
			Object title = ReflectionUtils.getField(field, target);
			return (title != null) ? title.toString() : "";
		}

		public List<Field> fields() {
			return TrackedKinds.fields(this.type);
		}

		/**
		 * The kind as staff read it at the start of a sentence: "La réalisation".
		 */
		public String capitalizedLabel() {
			String label = this.content.label();
			return Character.toUpperCase(label.charAt(0)) + label.substring(1);
		}

		/**
		 * How the audit log names an item: "La réalisation « DoraMar »".
		 */
		public String describe(Object item) {
			return capitalizedLabel() + " « " + title(item) + " »";
		}

	}

}
