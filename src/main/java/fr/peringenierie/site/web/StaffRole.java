package fr.peringenierie.site.web;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * What a staff member may do in the back office. The security configuration gives each
 * role its routes; the screens ask the role, never an authority's name.
 */
public enum StaffRole {

	/** Everything, including staff accounts and restricted settings. */
	ADMIN("Administrateur"),

	/** The site's content, published directly, and the contact requests. */
	EDITOR("Rédacteur"),

	/**
	 * Proposes changes to the content's text for review; publishes nothing, reads no
	 * contact request.
	 */
	CONTRIBUTOR("Contributeur");

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

	/** The authority Spring Security grants a member of staff with this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * Whether this role manages the team's accounts and the settings reserved to
	 * administrators.
	 */
	public boolean administers() {
		return this == ADMIN;
	}

	/**
	 * Whether this role's changes go online without somebody else's review.
	 */
	public boolean publishes() {
		return this != CONTRIBUTOR;
	}

	/**
	 * The role of whoever is signed in, if a member of staff.
	 */
	public static Optional<StaffRole> of(Authentication authentication) {
		if (authentication == null) {
			return Optional.empty();
		}
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.flatMap((authority) -> Arrays.stream(values()).filter((role) -> role.authority().equals(authority)))
			.min(Enum::compareTo);
	}

}
