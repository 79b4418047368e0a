package fr.peringenierie.site.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import fr.peringenierie.site.SiteIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A backup is written whole, checked by restoring it into a scratch database, shown on
 * the dashboard; an altered or truncated file fails its check and says why.
 */
@SiteIntegrationTest
class BackupTests {

	@Autowired
	Backups backups;

	@Autowired
	BackupProperties properties;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvcTester mvc;

	@BeforeEach
	void aPhoto() throws IOException {
		this.jdbc.update("insert into stored_image (content_type, width, height, data) values ('image/jpeg', 1, 1, ?)",
				(Object) new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3 });
	}

	@AfterEach
	void cleanUp() throws IOException {
		this.jdbc.update("delete from stored_image where width = 1 and height = 1");
		this.jdbc.update("delete from backup_run");
		try (var files = Files.list(this.properties.folder())) {
			files.forEach((path) -> path.toFile().delete());
		}
	}

	@Test
	void aBackupIsWrittenWholeAndPassesItsRestoreCheck() throws IOException {
		BackupRun run = this.backups.backUpNow("test").orElseThrow();
		assertThat(run.getProblem()).isNull();
		assertThat(run.isVerified()).isTrue();
		Path file = this.properties.folder().resolve(run.getFileName());
		assertThat(file).exists();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			assertThat(zip.getEntry("sauvegarde.json")).isNotNull();
			assertThat(zip.getEntry("tables/contact_request.jsonl")).isNotNull();
			assertThat(zip.stream().anyMatch((entry) -> entry.getName().startsWith("fichiers/stored_image/"))).isTrue();
		}
		try (var files = Files.list(this.properties.folder())) {
			assertThat(files.map((path) -> path.getFileName().toString())).containsExactly(run.getFileName());
		}
		assertThat(this.mvc.get().uri("/admin").with(user("directeur").roles("ADMIN"))).bodyText()
			.contains("Dernière sauvegarde", "vérifiée");
	}

	@Test
	void anAlteredBackupFailsItsCheckAndSaysWhy() throws IOException {
		BackupRun run = this.backups.backUpNow("test").orElseThrow();
		Path file = this.properties.folder().resolve(run.getFileName());
		Path altered = this.properties.folder().resolve("altered.zip");
		try (ZipFile zip = new ZipFile(file.toFile());
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				out.putNextEntry(new ZipEntry(entry.getName()));
				try (InputStream in = zip.getInputStream(entry)) {
					byte[] bytes = in.readAllBytes();
					if (entry.getName().equals("tables/edito.jsonl")) {
						bytes = new String(bytes, StandardCharsets.UTF_8).replaceFirst("\",", "X\",")
							.getBytes(StandardCharsets.UTF_8);
					}
					out.write(bytes);
				}
				out.closeEntry();
			}
		}
		assertThat(this.backups.check(backupFile(altered)))
			.hasValueSatisfying((problem) -> assertThat(problem).contains("edito").contains("empreinte"));
	}

	@Test
	void aBackupDamagedAfterItWasWrittenFailsItsNewCheckAndTheDashboardSaysSo() throws IOException {
		BackupRun run = this.backups.backUpNow("test").orElseThrow();
		Path file = this.properties.folder().resolve(run.getFileName());
		byte[] bytes = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 100));
		assertThat(this.mvc.post()
			.uri("/admin/sauvegardes/{name}/verifier", run.getFileName())
			.with(user("directeur").roles("ADMIN"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.hasStatus3xxRedirection()
			.flash()
			.containsKey("failure");
		assertThat(this.mvc.get().uri("/admin").with(user("directeur").roles("ADMIN"))).bodyText().contains("a échoué");
	}

	@Test
	void aBackupCutShortFailsItsCheck() throws IOException {
		BackupRun run = this.backups.backUpNow("test").orElseThrow();
		Path file = this.properties.folder().resolve(run.getFileName());
		Path truncated = this.properties.folder().resolve("truncated.zip");
		byte[] bytes = Files.readAllBytes(file);
		try (OutputStream out = Files.newOutputStream(truncated)) {
			out.write(bytes, 0, bytes.length * 2 / 3);
		}
		assertThat(this.backups.check(backupFile(truncated))).isPresent();
	}

	private static Backups.BackupFile backupFile(Path path) {
		return new Backups.BackupFile(path.getFileName().toString(), path, null, 0, false, null);
	}

}
