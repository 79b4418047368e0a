package fr.peringenierie.site.sitewide;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.PublicContent;

/**
 * One of the site's own pictures, in its place (the home page's hero, the logo), empty
 * until staff upload it.
 */
@Entity
@Table(name = "site_picture")
public class SitePicture extends BaseEntity implements PublicContent {

	public static final String HOME_HERO = "home.hero";

	public static final String LOGO = "company.logo";

	@Column(nullable = false, unique = true)
	private String slot;

	@Column(nullable = false)
	private String label;

	@Embedded
	private ImageRef image = ImageRef.none();

	@Column(nullable = false)
	private int position;

	protected SitePicture() {
	}

	public String getSlot() {
		return this.slot;
	}

	public String getLabel() {
		return this.label;
	}

	public ImageRef getImage() {
		return (this.image != null) ? this.image : ImageRef.none();
	}

	void setImage(ImageRef image) {
		this.image = image;
	}

}
