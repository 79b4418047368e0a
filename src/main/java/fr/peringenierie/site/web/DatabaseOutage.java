package fr.peringenierie.site.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a database that cannot be reached (down, restarting, out of connections) from a
 * fault in the application: the first is answered with a 503 and a request to try again,
 * the second remains a server error.
 */
public final class DatabaseOutage {

	/** Seconds a client is asked to wait before trying again. */
	public static final int RETRY_AFTER_SECONDS = 30;

	private DatabaseOutage() {
	}

	/** The deepest message of a failure, for the log line that says what happened. */
	public static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getClass().getSimpleName() + ": " + root.getMessage();
	}

	/**
	 * Whether a failure comes from the database being out of reach: among its causes, a
	 * connection that could not be had or broke (SQL state class 08), a transaction that
	 * could not start, a timeout.
	 */
	public static boolean isCause(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
					|| cause instanceof TransientDataAccessResourceException
					|| cause instanceof RecoverableDataAccessException || cause instanceof QueryTimeoutException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return false;
	}

}
