package fr.peringenierie.site.backup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.ListCrudRepository;

interface BackupRunRepository extends ListCrudRepository<BackupRun, Long> {

	Optional<BackupRun> findFirstByOrderByStartedAtDesc();

	Optional<BackupRun> findFirstByVerifiedTrueOrderByStartedAtDesc();

	List<BackupRun> findByOrderByStartedAtDesc(Limit limit);

	Optional<BackupRun> findFirstByFileName(String fileName);

}
