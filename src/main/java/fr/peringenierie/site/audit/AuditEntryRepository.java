package fr.peringenierie.site.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.ListCrudRepository;

public interface AuditEntryRepository extends ListCrudRepository<AuditEntry, Long> {

	Page<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

}
