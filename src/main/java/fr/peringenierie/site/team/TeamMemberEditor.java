package fr.peringenierie.site.team;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.ImageRef;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;
import fr.peringenierie.site.web.ImageProcessor;
import fr.peringenierie.site.web.StoredImages;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people named on the team page: added, renamed, ordered, given a portrait, removed.
 */
@Service
@Transactional
public class TeamMemberEditor {

	private final TeamMemberRepository members;

	private final StoredImages images;

	private final AuditLog auditLog;

	TeamMemberEditor(TeamMemberRepository members, StoredImages images, AuditLog auditLog) {
		this.members = members;
		this.images = images;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<TeamMember> all() {
		return this.members.findAllByOrderByPositionAscIdAsc();
	}

	@Transactional(readOnly = true)
	public TeamMember member(long id) {
		return this.members.findById(id).orElseThrow(() -> new ResourceNotFoundException("Personne inconnue"));
	}

	public TeamMember create(String name, String jobTitle) {
		TeamMember member = this.members.save(new TeamMember(name.strip(), jobTitle.strip(), Positioned.next(all())));
		this.auditLog.record("Création", subject(member));
		return member;
	}

	public void update(long id, String name, String jobTitle, long version) {
		TeamMember member = member(id);
		EditConflictException.check(member, version);
		member.rename(name.strip(), jobTitle.strip());
		this.auditLog.record("Modification", subject(member));
	}

	/**
	 * Gives the person a new portrait; the previous one is forgotten. An invalid upload
	 * changes nothing.
	 */
	public void setPortrait(long id, ImageProcessor.PreparedImage upload, String alt) {
		TeamMember member = member(id);
		member.setPortrait(this.images.replace(member.getPortrait(), upload, alt));
		this.auditLog.record("Portrait ajouté", subject(member));
	}

	public void rotatePortrait(long id, StoredImages.Rotated rotated) {
		TeamMember member = member(id);
		member.setPortrait(this.images.replace(member.getPortrait(), rotated));
		this.auditLog.record("Portrait tourné", subject(member));
	}

	public void focusPortrait(long id, int x, int y) {
		TeamMember member = member(id);
		member.setPortrait(member.getPortrait().focusedOn(x, y));
		this.auditLog.record("Point visible choisi", subject(member));
	}

	public void removePortrait(long id) {
		TeamMember member = member(id);
		ImageRef previous = member.getPortrait();
		member.setPortrait(ImageRef.none());
		this.images.delete(previous);
		this.auditLog.record("Portrait retiré", subject(member));
	}

	public void move(long id, int offset) {
		TeamMember member = member(id);
		if (Positioned.move(new ArrayList<>(all()), member, offset)) {
			this.auditLog.record("Réordonnancement", subject(member));
		}
	}

	public void delete(long id) {
		TeamMember member = member(id);
		ImageRef portrait = member.getPortrait();
		this.members.delete(member);
		this.images.delete(portrait);
		this.auditLog.record("Suppression", subject(member));
	}

	private static String subject(TeamMember member) {
		return "Personne « " + member.getName() + " »";
	}

}
