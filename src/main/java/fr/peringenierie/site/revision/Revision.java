package fr.peringenierie.site.revision;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One published state of an item of content: its tracked fields as JSON, with who
 * published it and when. Written by {@link RevisionRecorder}, never changed.
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

}
