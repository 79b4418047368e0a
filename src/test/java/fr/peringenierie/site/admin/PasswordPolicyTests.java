package fr.peringenierie.site.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * Passwords long enough are still refused when a guesser tries them first: the common
 * ones, keyboard rows, the person's user name, the firm's name; with the reason in
 * French. A long passphrase passes, without any rule of composition.
 */
class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy(mock(StaffAccounts.class));

	@Test
	void commonAndGuessablePasswordsAreRefusedWithAFrenchReason() {
		assertThat(this.policy.weakness("motdepasse123", "marie"))
			.hasValueSatisfying((reason) -> assertThat(reason).startsWith("Ce mot de passe est trop facile à deviner")
				.contains("phrase"));
		assertThat(this.policy.weakness("azertyuiop123", "marie")).isPresent();
		assertThat(this.policy.weakness("peringenierie2026", "marie"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("nom de l’entreprise"));
		assertThat(this.policy.weakness("Per-Ingénierie-1992", "marie")).isPresent();
		assertThat(this.policy.weakness("marie.dupont.2026", "marie.dupont"))
			.hasValueSatisfying((reason) -> assertThat(reason).contains("identifiant"));
		assertThat(this.policy.weakness("Montpellier1992", "marie")).isPresent();
		assertThat(this.policy.weakness("123456789012", "marie")).isPresent();
	}

	@Test
	void aPassphraseOfUnrelatedWordsPasses() {
		assertThat(this.policy.weakness("girafe cornichon lampadaire orage", "marie")).isEmpty();
		assertThat(this.policy.weakness("mon-propre-mot-de-passe-2026", "assistante")).isEmpty();
	}

}
