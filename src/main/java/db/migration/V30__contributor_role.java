package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds the contributor role. The check on {@code staff_user.role} was created without a
 * name (V4), so each database named it its own way: it is found by what it checks, then
 * replaced by a named one. Written in Java because SQL alone cannot look a name up on
 * both H2 and PostgreSQL.
 */
public class V30__contributor_role extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		List<String> checks = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement("select c.constraint_name "
				+ "from information_schema.table_constraints t join information_schema.check_constraints c "
				+ "on c.constraint_schema = t.constraint_schema and c.constraint_name = t.constraint_name "
				+ "where lower(t.table_name) = 'staff_user' and t.table_schema = current_schema and t.constraint_type = 'CHECK' "
				+ "and c.check_clause like '%EDITOR%'")) {
			try (ResultSet rows = query.executeQuery()) {
				while (rows.next()) {
					checks.add(rows.getString(1));
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String check : checks) {
				statement.execute("alter table staff_user drop constraint \"" + check.replace("\"", "") + "\"");
			}
			statement.execute("alter table staff_user add constraint staff_user_role "
					+ "check (role in ('ADMIN', 'EDITOR', 'CONTRIBUTOR'))");
		}
	}

}
