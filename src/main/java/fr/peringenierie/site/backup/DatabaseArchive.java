package fr.peringenierie.site.backup;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The site's data as a ZIP that outlives the site: one JSON line per row of each table
 * ({@code tables/
 *
<table>
 * .jsonl}), every binary value (the photos and pictures) as a file of its own
 * ({@code fichiers/…}, named with its format when the row says it), and, written last,
 * {@code sauvegarde.json}: the schema version, and for each table its columns, its number
 * of rows and a SHA-256 of its rows and files. The same values give the same bytes on H2
 * and on PostgreSQL (rows in key order, instants in UTC), so an archive read back into a
 * database and written again must give the same digests: that is how it is verified. A
 * file cut short has no manifest and is refused.
 */
public final class DatabaseArchive {

	/** The manifest's name in the archive, written last. */
	static final String MANIFEST = "sauvegarde.json";

	/** The version of this layout, in the manifest. */
	static final int FORMAT = 1;

	/**
	 * Tables not kept: the migrations' own, and what the site rebuilds or forgets by
	 * itself (sessions, locks, throttles, one-time codes, image renditions, the backups'
	 * own history).
	 */
	static final Set<String> NOT_KEPT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
			"shedlock", "login_failure", "contact_rate_bucket", "one_time_tokens", "image_rendition", "backup_run");

	private final JsonMapper json;

	public DatabaseArchive(JsonMapper json) {
		this.json = json;
	}

	/**
	 * Writes every kept table read through {@code connection}, which the caller holds in
	 * one snapshot (a read-only transaction that sees one state of the database).
	 * @return the manifest written
	 */
	public Manifest write(Connection connection, String schemaVersion, Instant createdAt, OutputStream out)
			throws SQLException, IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		List<TableSummary> tables = new ArrayList<>();
		for (String table : tables(connection)) {
			tables.add(writeTable(connection, table, zip));
		}
		Manifest manifest = new Manifest(FORMAT, schemaVersion, createdAt.toString(), tables);
		zip.putNextEntry(new ZipEntry(MANIFEST));
		zip.write(this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		zip.closeEntry();
		zip.finish();
		return manifest;
	}

	/**
	 * The digests the database would have in an archive written now, without writing one.
	 */
	public Map<String, TableSummary> digest(Connection connection) throws SQLException, IOException {
		Map<String, TableSummary> digests = new LinkedHashMap<>();
		for (String table : tables(connection)) {
			digests.put(table, writeTable(connection, table, null));
		}
		return digests;
	}

	/**
	 * Reads the manifest of an archive, which only a complete archive has.
	 * @throws ArchiveException when it is missing or unreadable
	 */
	public Manifest manifest(ZipFile archive) throws IOException {
		ZipEntry entry = archive.getEntry(MANIFEST);
		if (entry == null) {
			throw new ArchiveException("archive incomplète : elle n’a pas de " + MANIFEST);
		}
		try (InputStream in = archive.getInputStream(entry)) {
			Manifest manifest = this.json.readValue(in, Manifest.class);
			if (manifest.format() != FORMAT) {
				throw new ArchiveException("format " + manifest.format() + " inconnu (attendu : " + FORMAT + ")");
			}
			return manifest;
		}
		catch (tools.jackson.core.JacksonException ex) {
			throw new ArchiveException("manifeste illisible : " + ex.getOriginalMessage());
		}
	}

	/**
	 * Replaces the rows of every table of the archive by the archive's, through
	 * {@code connection} (in the caller's transaction), whose schema is the archive's
	 * version; then sets each identity to follow the highest id restored.
	 */
	public void read(ZipFile archive, Connection connection) throws SQLException, IOException {
		Manifest manifest = manifest(archive);
		List<String> order = tables(connection);
		Map<String, TableSummary> byName = new LinkedHashMap<>();
		manifest.tables().forEach((table) -> byName.put(table.name(), table));
		for (String name : byName.keySet()) {
			if (!order.contains(name)) {
				throw new ArchiveException("la table « " + name + " » de l’archive n’existe pas dans la base");
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (int i = order.size() - 1; i >= 0; i--) {
				statement.executeUpdate("delete from " + order.get(i));
			}
		}
		for (String table : order) {
			TableSummary summary = byName.get(table);
			if (summary != null) {
				readTable(archive, connection, summary);
			}
		}
		restartIdentities(connection, order);
	}

	/**
	 * Writes one table: its binary values as files as they come, its rows in a temporary
	 * file added after them (so no photo is ever held in memory but its own). Without
	 * {@code zip}, only reads and digests.
	 */
	private TableSummary writeTable(Connection connection, String table, ZipOutputStream zip)
			throws SQLException, IOException {
		MessageDigest digest = sha256();
		List<String> keys = primaryKey(connection, table);
		List<Column> columns = new ArrayList<>();
		int rows = 0;
		Path lines = (zip != null) ? Files.createTempFile("per-sauvegarde-", ".jsonl") : null;
		try (OutputStream buffer = (lines != null) ? new BufferedOutputStream(Files.newOutputStream(lines))
				: OutputStream.nullOutputStream(); Statement statement = connection.createStatement()) {
			statement.setFetchSize(100);
			String order = keys.isEmpty() ? "" : " order by " + String.join(", ", keys);
			try (ResultSet result = statement.executeQuery("select * from " + table + order)) {
				ResultSetMetaData meta = result.getMetaData();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					columns.add(new Column(meta.getColumnLabel(i).toLowerCase(Locale.ROOT),
							kind(meta.getColumnType(i), meta.getColumnTypeName(i))));
				}
				int contentType = names(columns).indexOf("content_type") + 1;
				while (result.next()) {
					rows++;
					ArrayNode row = this.json.createArrayNode();
					List<String> fileNames = new ArrayList<>();
					List<byte[]> fileBytes = new ArrayList<>();
					for (int i = 1; i <= columns.size(); i++) {
						Column column = columns.get(i - 1);
						if (column.kind() != Kind.BINARY) {
							add(row, column.kind(), result, i);
							continue;
						}
						byte[] bytes = result.getBytes(i);
						if (bytes == null) {
							row.addNull();
							continue;
						}
						String name = "fichiers/" + table + "/" + rows + "-" + column.name()
								+ extension((contentType > 0) ? result.getString(contentType) : null);
						row.add(name);
						fileNames.add(name);
						fileBytes.add(bytes);
					}
					byte[] line = (this.json.writeValueAsString(row) + "\n").getBytes(StandardCharsets.UTF_8);
					digest.update(line);
					buffer.write(line);
					for (int f = 0; f < fileNames.size(); f++) {
						digest.update(fileBytes.get(f));
						if (zip != null) {
							zip.putNextEntry(new ZipEntry(fileNames.get(f)));
							zip.write(fileBytes.get(f));
							zip.closeEntry();
						}
					}
				}
			}
		}
		if (zip != null) {
			try {
				zip.putNextEntry(new ZipEntry("tables/" + table + ".jsonl"));
				Files.copy(lines, zip);
				zip.closeEntry();
			}
			finally {
				Files.deleteIfExists(lines);
			}
		}
		return new TableSummary(table, columns, rows, HexFormat.of().formatHex(digest.digest()));
	}

	private static List<String> names(List<Column> columns) {
		return columns.stream().map(Column::name).toList();
	}

	private void add(ArrayNode row, Kind kind, ResultSet result, int index) throws SQLException {
		switch (kind) {
			case INTEGER -> {
				long value = result.getLong(index);
				if (result.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case DECIMAL -> {
				java.math.BigDecimal value = result.getBigDecimal(index);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toPlainString());
				}
			}
			case BOOLEAN -> {
				boolean value = result.getBoolean(index);
				if (result.wasNull()) {
					row.addNull();
				}
				else {
					row.add(value);
				}
			}
			case INSTANT -> {
				OffsetDateTime value = result.getObject(index, OffsetDateTime.class);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toInstant().toString());
				}
			}
			case LOCAL_DATE_TIME -> {
				LocalDateTime value = result.getObject(index, LocalDateTime.class);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toString());
				}
			}
			case DATE -> {
				LocalDate value = result.getObject(index, LocalDate.class);
				if (value == null) {
					row.addNull();
				}
				else {
					row.add(value.toString());
				}
			}
			default -> row.add(result.getString(index));
		}
	}

	private void readTable(ZipFile archive, Connection connection, TableSummary summary)
			throws SQLException, IOException {
		List<Column> columns = summary.columns();
		List<String> names = names(columns);
		String sql = "insert into " + summary.name() + " (" + String.join(", ", names) + ") values ("
				+ String.join(", ", names.stream().map((name) -> "?").toList()) + ")";
		int rows = 0;
		ZipEntry entry = archive.getEntry("tables/" + summary.name() + ".jsonl");
		if (entry == null) {
			throw new ArchiveException("les lignes de « " + summary.name() + " » manquent");
		}
		try (PreparedStatement insert = connection.prepareStatement(sql);
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(archive.getInputStream(entry), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				if (line.isEmpty()) {
					continue;
				}
				JsonNode row = this.json.readTree(line);
				if (!row.isArray() || row.size() != columns.size()) {
					throw new ArchiveException("ligne " + (rows + 1) + " de « " + summary.name() + " » illisible");
				}
				for (int i = 0; i < columns.size(); i++) {
					bind(insert, i + 1, columns.get(i).kind(), row.get(i), archive);
				}
				insert.addBatch();
				rows++;
				if (rows % 50 == 0) {
					insert.executeBatch();
				}
			}
			insert.executeBatch();
		}
		if (rows != summary.rows()) {
			throw new ArchiveException(
					"« " + summary.name() + " » : " + rows + " lignes lues, " + summary.rows() + " annoncées");
		}
	}

	private void bind(PreparedStatement insert, int index, Kind kind, JsonNode value, ZipFile archive)
			throws SQLException, IOException {
		if (value == null || value.isNull()) {
			insert.setNull(index, sqlType(kind));
			return;
		}
		switch (kind) {
			case INTEGER -> insert.setLong(index, value.asLong());
			case DECIMAL -> insert.setBigDecimal(index, new java.math.BigDecimal(value.asString()));
			case BOOLEAN -> insert.setBoolean(index, value.asBoolean());
			case INSTANT -> insert.setObject(index, Instant.parse(value.asString()).atOffset(ZoneOffset.UTC));
			case LOCAL_DATE_TIME -> insert.setObject(index, LocalDateTime.parse(value.asString()));
			case DATE -> insert.setObject(index, LocalDate.parse(value.asString()));
			case BINARY -> {
				ZipEntry entry = archive.getEntry(value.asString());
				if (entry == null) {
					throw new ArchiveException("fichier « " + value.asString() + " » absent de l’archive");
				}
				try (InputStream in = archive.getInputStream(entry)) {
					insert.setBytes(index, in.readAllBytes());
				}
			}
			default -> insert.setString(index, value.asString());
		}
	}

	private static int sqlType(Kind kind) {
		return switch (kind) {
			case INTEGER -> Types.BIGINT;
			case DECIMAL -> Types.NUMERIC;
			case BOOLEAN -> Types.BOOLEAN;
			case INSTANT -> Types.TIMESTAMP_WITH_TIMEZONE;
			case LOCAL_DATE_TIME -> Types.TIMESTAMP;
			case DATE -> Types.DATE;
			case BINARY -> Types.VARBINARY;
			case TEXT -> Types.VARCHAR;
		};
	}

	/**
	 * The kept tables of the current schema, each after the tables it refers to.
	 */
	static List<String> tables(Connection connection) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		String schema = connection.getSchema();
		if (schema == null) {
			// PostgreSQL, when the schema named in the URL does not exist yet: no table.
			return List.of();
		}
		List<String> names = new ArrayList<>();
		try (ResultSet result = meta.getTables(connection.getCatalog(), schema, "%", new String[] { "TABLE" })) {
			while (result.next()) {
				String name = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
				if (!NOT_KEPT.contains(name)) {
					names.add(name);
				}
			}
		}
		names.sort(null);
		Map<String, Set<String>> references = new LinkedHashMap<>();
		for (String name : names) {
			Set<String> referred = new LinkedHashSet<>();
			try (ResultSet result = meta.getImportedKeys(connection.getCatalog(), schema, tableName(meta, name))) {
				while (result.next()) {
					String parent = result.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
					if (!parent.equals(name) && names.contains(parent)) {
						referred.add(parent);
					}
				}
			}
			references.put(name, referred);
		}
		List<String> ordered = new ArrayList<>();
		while (ordered.size() < names.size()) {
			boolean progressed = false;
			for (String name : names) {
				if (!ordered.contains(name) && ordered.containsAll(references.get(name))) {
					ordered.add(name);
					progressed = true;
				}
			}
			if (!progressed) {
				throw new IllegalStateException("Références circulaires entre les tables : " + references);
			}
		}
		return ordered;
	}

	private static List<String> primaryKey(Connection connection, String table) throws SQLException {
		DatabaseMetaData meta = connection.getMetaData();
		Map<Integer, String> columns = new java.util.TreeMap<>();
		try (ResultSet result = meta.getPrimaryKeys(connection.getCatalog(), connection.getSchema(),
				tableName(meta, table))) {
			while (result.next()) {
				columns.put(result.getInt("KEY_SEQ"), result.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
			}
		}
		return new ArrayList<>(columns.values());
	}

	/** A table's name as the database's metadata spells it. */
	private static String tableName(DatabaseMetaData meta, String name) throws SQLException {
		return meta.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name;
	}

	/**
	 * Sets every identity column to go on after the highest value restored.
	 */
	private static void restartIdentities(Connection connection, List<String> tables) throws SQLException {
		List<String[]> identities = new ArrayList<>();
		try (PreparedStatement query = connection.prepareStatement(
				"select table_name, column_name from information_schema.columns where table_schema = ? and is_identity = 'YES'")) {
			query.setString(1, connection.getSchema());
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					String table = result.getString(1).toLowerCase(Locale.ROOT);
					if (tables.contains(table)) {
						identities.add(new String[] { table, result.getString(2).toLowerCase(Locale.ROOT) });
					}
				}
			}
		}
		try (Statement statement = connection.createStatement()) {
			for (String[] identity : identities) {
				long next;
				try (ResultSet result = statement
					.executeQuery("select coalesce(max(" + identity[1] + "), 0) + 1 from " + identity[0])) {
					result.next();
					next = result.getLong(1);
				}
				statement
					.execute("alter table " + identity[0] + " alter column " + identity[1] + " restart with " + next);
			}
		}
	}

	/**
	 * How a column is written, from its JDBC type and its database's name for it
	 * (PostgreSQL's driver reports {@code timestamptz} as a plain timestamp).
	 */
	static Kind kind(int sqlType, String typeName) {
		String name = (typeName != null) ? typeName.toLowerCase(Locale.ROOT) : "";
		if (sqlType == Types.TIMESTAMP && (name.equals("timestamptz") || name.contains("with time zone"))) {
			return Kind.INSTANT;
		}
		return switch (sqlType) {
			case Types.BIGINT, Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Kind.INTEGER;
			case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> Kind.DECIMAL;
			case Types.BOOLEAN, Types.BIT -> Kind.BOOLEAN;
			case Types.TIMESTAMP_WITH_TIMEZONE -> Kind.INSTANT;
			case Types.TIMESTAMP -> Kind.LOCAL_DATE_TIME;
			case Types.DATE -> Kind.DATE;
			case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> Kind.BINARY;
			default -> Kind.TEXT;
		};
	}

	private static String extension(String contentType) {
		if (contentType == null) {
			return ".bin";
		}
		return switch (contentType) {
			case "image/jpeg" -> ".jpg";
			case "image/png" -> ".png";
			case "image/webp" -> ".webp";
			case "image/gif" -> ".gif";
			case "application/pdf" -> ".pdf";
			default -> ".bin";
		};
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** How a column's values are written. */
	public enum Kind {

		INTEGER, DECIMAL, BOOLEAN, INSTANT, LOCAL_DATE_TIME, DATE, BINARY, TEXT

	}

	/** A column of a table, as the archive writes it. */
	public record Column(String name, Kind kind) {

	}

	/** A table in the manifest: its columns, how many rows, and their digest. */
	public record TableSummary(String name, List<Column> columns, int rows, String sha256) {

	}

	/** What an archive holds. */
	public record Manifest(int format, String schemaVersion, String createdAt, List<TableSummary> tables) {

		public int rows(String table) {
			return this.tables.stream().filter((t) -> t.name().equals(table)).mapToInt(TableSummary::rows).sum();
		}

	}

	/** An archive that cannot be read back: incomplete, altered or of another format. */
	public static class ArchiveException extends IOException {

		ArchiveException(String message) {
			super(message);
		}

	}

}
