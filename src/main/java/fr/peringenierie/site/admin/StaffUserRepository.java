package fr.peringenierie.site.admin;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

public interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsernameIgnoreCase(String username);

	List<StaffUser> findAllByOrderByUsername();

	long countByRoleAndEnabledTrue(StaffRole role);

}
