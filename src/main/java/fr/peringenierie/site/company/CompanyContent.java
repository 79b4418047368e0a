package fr.peringenierie.site.company;

import java.util.List;

import fr.peringenierie.site.web.ResourceNotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the site says about the company itself: the édito and its history.
 */
@Service
@Transactional(readOnly = true)
public class CompanyContent {

	private final EditoRepository editos;

	private final MilestoneRepository milestones;

	public CompanyContent(EditoRepository editos, MilestoneRepository milestones) {
		this.editos = editos;
		this.milestones = milestones;
	}

	public Edito edito() {
		return this.editos.findFirstByOrderById().orElseThrow(() -> new ResourceNotFoundException("Aucun édito"));
	}

	public List<Milestone> milestones() {
		return this.milestones.findAllByOrderByPosition();
	}

}
