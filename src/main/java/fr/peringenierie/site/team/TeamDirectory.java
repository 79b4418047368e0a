package fr.peringenierie.site.team;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TeamDirectory {

	private final TeamRoleRepository roles;

	public TeamDirectory(TeamRoleRepository roles) {
		this.roles = roles;
	}

	public Team team() {
		return new Team(this.roles.findAllByOrderByPosition());
	}

}
