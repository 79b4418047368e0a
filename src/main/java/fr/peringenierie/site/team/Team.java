package fr.peringenierie.site.team;

import java.util.List;

/**
 * The team as the site presents it: its roles in order and the number of people they add
 * up to.
 *
 * @param roles the roles, in display order
 */
public record Team(List<TeamRole> roles) {

	public Team {
		roles = List.copyOf(roles);
	}

	/**
	 * How many people the roles add up to (the director, presented apart, is not a role).
	 */
	public int headcount() {
		return this.roles.stream().mapToInt(TeamRole::getHeadcount).sum();
	}

}
