package fr.peringenierie.site.redirect;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.PublicContent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * An old address of the site and the address it answers 301 to.
 */
@Entity
@Table(name = "page_redirect")
public class PageRedirect extends BaseEntity implements PublicContent {

	@Column(name = "from_path", nullable = false, unique = true)
	private String fromPath;

	@Column(name = "to_path", nullable = false)
	private String toPath;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected PageRedirect() {
	}

	PageRedirect(String fromPath, String toPath, Instant createdAt) {
		this.fromPath = fromPath;
		this.toPath = toPath;
		this.createdAt = createdAt;
	}

	public String getFromPath() {
		return this.fromPath;
	}

	public String getToPath() {
		return this.toPath;
	}

	void pointTo(String toPath) {
		this.toPath = toPath;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * The day it was made, in France.
	 */
	public LocalDate getCreatedOn() {
		return LocalDate.ofInstant(this.createdAt, ZoneId.of("Europe/Paris"));
	}

}
