package fr.peringenierie.site.team;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class TeamDirectory {

	private final TeamRoleRepository roles;

	private final TeamMemberRepository members;

	public TeamDirectory(TeamRoleRepository roles, TeamMemberRepository members) {
		this.roles = roles;
		this.members = members;
	}

	public Team team() {
		return new Team(this.roles.findAllByOrderByPosition());
	}

	/**
	 * The people named on the team page, in the order staff chose.
	 */
	public List<TeamMember> people() {
		return this.members.findAllByOrderByPositionAscIdAsc();
	}

}
