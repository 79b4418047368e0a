package fr.peringenierie.site.revision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One state of an item of content, published or drafted: its tracked fields as JSON, with
 * who made it and when. Written by {@link RevisionRecorder} and {@link DraftVersions},
 * never changed.
 */
@Entity
@Immutable
@Table(name = "revision")
public class Revision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String itemType;

	private long itemId;

	private Instant createdAt;

	private String author;

	private String data;

	@Enumerated(EnumType.STRING)
	private RevisionKind kind;

	protected Revision() {
	}

	public Long getId() {
		return this.id;
	}

	public String getItemType() {
		return this.itemType;
	}

	public long getItemId() {
		return this.itemId;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getAuthor() {
		return this.author;
	}

	String getData() {
		return this.data;
	}

	public RevisionKind getKind() {
		return this.kind;
	}

}
