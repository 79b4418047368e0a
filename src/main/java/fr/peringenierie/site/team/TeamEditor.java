package fr.peringenierie.site.team;

import java.util.ArrayList;
import java.util.List;

import fr.peringenierie.site.admin.OrderedContent;
import fr.peringenierie.site.audit.AuditLog;
import fr.peringenierie.site.revision.ContentPublisher;
import fr.peringenierie.site.web.BaseEntity;
import fr.peringenierie.site.web.EditConflictException;
import fr.peringenierie.site.web.Positioned;
import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff changes to the team's roles and headcounts.
 */
@Service
@Transactional
public class TeamEditor implements OrderedContent, ContentPublisher {

	private final TeamRoleRepository roles;

	private final AuditLog auditLog;

	public TeamEditor(TeamRoleRepository roles, AuditLog auditLog) {
		this.roles = roles;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<TeamRole> roles() {
		return this.roles.findAllByOrderByPosition();
	}

	@Transactional(readOnly = true)
	public TeamRole role(long id) {
		return this.roles.findById(id).orElseThrow(() -> new ResourceNotFoundException("Métier inconnu"));
	}

	public void create(TeamRoleForm form) {
		TeamRole role = this.roles
			.save(new TeamRole(form.getLabel().strip(), form.getHeadcount(), Positioned.next(roles())));
		this.auditLog.record("Création", subject(role));
	}

	public void update(long id, TeamRoleForm form) {
		TeamRole role = role(id);
		EditConflictException.check(role, form.getVersion());
		role.setLabel(form.getLabel().strip());
		role.setHeadcount(form.getHeadcount());
		this.auditLog.record("Modification", subject(role));
	}

	@Override
	public void move(long id, int offset) {
		TeamRole role = role(id);
		if (Positioned.move(new ArrayList<>(roles()), role, offset)) {
			this.auditLog.record("Réordonnancement", subject(role));
		}
	}

	private static String subject(TeamRole role) {
		return "Équipe : " + role.getHeadcount() + " " + role.getLabel();
	}

	@Override
	public String pathSegment() {
		return "equipe";
	}

	@Override
	public String listUrl(long id) {
		return "/admin/equipe";
	}

	@Override
	public Class<TeamRole> type() {
		return TeamRole.class;
	}

	@Override
	public List<Class<? extends BaseEntity>> publishedKinds() {
		return List.of(TeamRole.class);
	}

	@Override
	public void publish(long id, BaseEntity wanted) {
		update(id, TeamRoleForm.of((TeamRole) wanted));
	}

}
