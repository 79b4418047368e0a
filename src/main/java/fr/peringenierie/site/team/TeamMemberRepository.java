package fr.peringenierie.site.team;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface TeamMemberRepository extends ListCrudRepository<TeamMember, Long> {

	List<TeamMember> findAllByOrderByPositionAscIdAsc();

}
