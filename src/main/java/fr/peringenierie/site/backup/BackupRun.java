package fr.peringenierie.site.backup;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;

/**
 * One backup: when it was made, its file, and whether its restore check passed.
 */
@Entity
@Table(name = "backup_run")
public class BackupRun extends BaseEntity {

	private Instant startedAt;

	private Instant finishedAt;

	private String fileName;

	private Long sizeBytes;

	private boolean verified;

	private String problem;

	private String startedBy;

	protected BackupRun() {
	}

	BackupRun(Instant startedAt, String startedBy) {
		this.startedAt = startedAt;
		this.startedBy = startedBy;
	}

	void written(String fileName, long sizeBytes) {
		this.fileName = fileName;
		this.sizeBytes = sizeBytes;
	}

	void finished(Instant when, boolean verified, String problem) {
		this.finishedAt = when;
		this.verified = verified;
		this.problem = (problem != null && problem.length() > 1000) ? problem.substring(0, 1000) : problem;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public String getFileName() {
		return this.fileName;
	}

	public Long getSizeBytes() {
		return this.sizeBytes;
	}

	/** Whether the backup was read back into a scratch database and matched. */
	public boolean isVerified() {
		return this.verified;
	}

	public String getProblem() {
		return this.problem;
	}

	public String getStartedBy() {
		return this.startedBy;
	}

}
