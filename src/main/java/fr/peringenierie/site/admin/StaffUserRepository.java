package fr.peringenierie.site.admin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import fr.peringenierie.site.web.StaffRole;

import org.springframework.data.repository.ListCrudRepository;

public interface StaffUserRepository extends ListCrudRepository<StaffUser, Long> {

	Optional<StaffUser> findByUsernameIgnoreCase(String username);

	List<StaffUser> findAllByOrderByUsername();

	long countByRoleAndEnabledTrue(StaffRole role);

	/** The active accounts of some roles that gave an e-mail address. */
	List<StaffUser> findByRoleInAndEnabledTrueAndEmailNotNull(Collection<StaffRole> roles);

}
