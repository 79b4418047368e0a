package fr.peringenierie.site.revision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import fr.peringenierie.site.web.BaseEntity;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives every item that has no revision yet (the content seeded from the brochure, or
 * written before the history existed) a first one, so that the original text can always
 * be compared and restored after staff change it.
 */
@Component
public class RevisionBaseline implements ApplicationRunner {

	static final String AUTHOR = "version d’origine";

	private final TrackedKinds kinds;

	private final JdbcTemplate jdbc;

	private final JsonMapper jsonMapper;

	private final Clock clock;

	@PersistenceContext
	private EntityManager entityManager;

	RevisionBaseline(TrackedKinds kinds, JdbcTemplate jdbc, JsonMapper jsonMapper, Clock clock) {
		this.kinds = kinds;
		this.jdbc = jdbc;
		this.jsonMapper = jsonMapper;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		recordMissing();
	}

	/**
	 * @return how many items received their first revision
	 */
	@Transactional
	public int recordMissing() {
		Timestamp now = Timestamp.from(this.clock.instant());
		int recorded = 0;
		for (TrackedKinds.Kind kind : this.kinds.all()) {
			// Only the items still without a revision are read: none, after the first
			// start.
			List<?> items = this.entityManager
				.createQuery("select e from " + kind.entityName() + " e where not exists (select r.id from Revision r"
						+ " where r.itemType = :type and r.itemId = e.id)", kind.type())
				.setParameter("type", kind.entityName())
				.getResultList();
			for (Object item : items) {
				this.jdbc.update(RevisionRecorder.INSERT, kind.entityName(), ((BaseEntity) item).getId(), now, AUTHOR,
						this.jsonMapper.writeValueAsString(TrackedKinds.values(item)));
				recorded++;
			}
		}
		return recorded;
	}

}
