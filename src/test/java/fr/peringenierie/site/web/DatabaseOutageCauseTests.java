package fr.peringenierie.site.web;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that cannot be reached (a 503, try again) told apart from a fault of the
 * application (a 500, to be fixed).
 */
class DatabaseOutageCauseTests {

	@Test
	void anUnreachableDatabaseIsAnOutage() {
		assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("pas de connexion",
				new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms."))))
			.isTrue();
		assertThat(DatabaseOutage.isCause(new DataAccessResourceFailureException("connexion rompue"))).isTrue();
		assertThat(DatabaseOutage.isCause(new IllegalStateException(new SQLTransientConnectionException("délai"))))
			.isTrue();
	}

	@Test
	void aFaultOfTheApplicationIsNot() {
		assertThat(DatabaseOutage.isCause(new BadSqlGrammarException("requête", "select nope", null))).isFalse();
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("doublon"))).isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("autre"))).isFalse();
	}

}
