package fr.peringenierie.site.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.PublicContent;
import org.hibernate.annotations.OptimisticLock;

/**
 * A person named on the team page, with a portrait if staff uploaded one.
 */
@Entity
@Table(name = "team_member")
public class TeamMember extends BaseEntity implements PublicContent, Positioned {

	@Column(nullable = false)
	private String name;

	@Column(name = "job_title", nullable = false)
	private String jobTitle;

	// Changed by its own form: a new picture must not make the text typed beside it
	// "changed meanwhile" (the text kept in the browser is then put back as it was).
	@Embedded
	@OptimisticLock(excluded = true)
	private ImageRef portrait = ImageRef.none();

	@Column(nullable = false)
	private int position;

	protected TeamMember() {
	}

	TeamMember(String name, String jobTitle, int position) {
		this.name = name;
		this.jobTitle = jobTitle;
		this.position = position;
	}

	public String getName() {
		return this.name;
	}

	public String getJobTitle() {
		return this.jobTitle;
	}

	void rename(String name, String jobTitle) {
		this.name = name;
		this.jobTitle = jobTitle;
	}

	public ImageRef getPortrait() {
		return (this.portrait != null) ? this.portrait : ImageRef.none();
	}

	void setPortrait(ImageRef portrait) {
		this.portrait = portrait;
	}

	@Override
	public int getPosition() {
		return this.position;
	}

	@Override
	public void setPosition(int position) {
		this.position = position;
	}

}
