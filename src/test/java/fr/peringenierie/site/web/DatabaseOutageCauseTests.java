package fr.peringenierie.site.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

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

	/**
	 * The connection breaks while a transaction is open (the cut itself): the rollback
	 * fails too, and it is the same outage, not a fault.
	 */
	@Test
	void aConnectionThatBrokeMidwayIsAnOutage() {
		assertThat(DatabaseOutage.isCause(new TransactionSystemException("Unable to rollback against JDBC Connection",
				new SQLNonTransientConnectionException("Database is already closed", "90121"))))
			.isTrue();
		assertThat(DatabaseOutage.isCause(new TransactionSystemException("Unable to rollback against JDBC Connection",
				new SQLException("An I/O error occurred while sending to the backend.", "08006"))))
			.isTrue();
		assertThat(DatabaseOutage.isCause(new SQLRecoverableException("connexion perdue"))).isTrue();
		assertThat(DatabaseOutage.isCause(new SQLException("contrainte violée", "23505"))).isFalse();
	}

	@Test
	void aFaultOfTheApplicationIsNot() {
		assertThat(DatabaseOutage.isCause(new BadSqlGrammarException("requête", "select nope", null))).isFalse();
		assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("doublon"))).isFalse();
		assertThat(DatabaseOutage.isCause(new IllegalStateException("autre"))).isFalse();
	}

}
