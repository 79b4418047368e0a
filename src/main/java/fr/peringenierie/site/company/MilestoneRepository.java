package fr.peringenierie.site.company;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

public interface MilestoneRepository extends ListCrudRepository<Milestone, Long> {

	List<Milestone> findAllByOrderByPosition();

}
