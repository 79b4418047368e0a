package fr.peringenierie.site.team;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TeamTests {

	@Test
	void headcountAddsUpEveryRole() {
		Team team = new Team(List.of(new TeamRole("ingénieurs structure", 6, 10), new TeamRole("projeteurs", 15, 20),
				new TeamRole("administratifs", 2, 30)));
		assertThat(team.headcount()).isEqualTo(23);
	}

	@Test
	void emptyTeamCountsNobody() {
		assertThat(new Team(List.of()).headcount()).isZero();
	}

}
