package fr.peringenierie.site.web;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * Content with a page of its own below a list (a news post, a job offer): its address,
 * whether it is online, and when it first was. Written once for every such kind; the
 * editors check the address with {@code PageAddresses}.
 */
@MappedSuperclass
public abstract class PageContent extends OrderedEntity implements PublicContent {

	@Column(nullable = false, unique = true)
	@Tracked("Adresse de la page")
	private String slug;

	@Column(nullable = false)
	@Tracked("En ligne")
	private boolean published;

	/** When visitors first saw it, set once. */
	private Instant firstPublishedAt;

	protected PageContent() {
	}

	protected PageContent(String slug) {
		super(0);
		this.slug = slug;
	}

	/**
	 * The list the page is below, such as {@code /actualites}.
	 */
	protected abstract String listPath();

	public String getAddress() {
		return listPath() + "/" + this.slug;
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public boolean isPublished() {
		return this.published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

	public Instant getFirstPublishedAt() {
		return this.firstPublishedAt;
	}

	/**
	 * Records that the item as it now reads went online: the first time is its date.
	 */
	public void wentOnline(Instant when) {
		if (this.firstPublishedAt == null) {
			this.firstPublishedAt = when;
		}
	}

	/**
	 * Whether visitors have seen it: its old address must then keep leading to it.
	 */
	public boolean hasBeenOnline() {
		return this.published && this.firstPublishedAt != null;
	}

	@Override
	public boolean isVisibleToVisitors() {
		return this.published && getBinnedAt() == null;
	}

	/**
	 * Unpublishing or binning it changes the lists that showed it.
	 */
	@Override
	public boolean changesPublicPages() {
		return true;
	}

	@Override
	public String publicPath() {
		return getAddress();
	}

}
