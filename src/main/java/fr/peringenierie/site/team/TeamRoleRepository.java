package fr.peringenierie.site.team;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface TeamRoleRepository extends ListCrudRepository<TeamRole, Long> {

	List<TeamRole> findAllByOrderByPosition();

}
