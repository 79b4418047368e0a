package fr.peringenierie.site.web;

import java.sql.DatabaseMetaData;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;

/**
 * Which database the site runs on, for the few things only PostgreSQL offers (LISTEN/
 * NOTIFY, a row lock shared by instances); the embedded H2 database serves one instance.
 */
public final class Databases {

	private Databases() {
	}

	public static boolean isPostgreSql(DataSource dataSource) {
		try {
			return "PostgreSQL"
				.equals(JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName));
		}
		catch (MetaDataAccessException ex) {
			return false;
		}
	}

}
