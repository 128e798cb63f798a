package uk.stpartnership.uiapi.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordsTest {

    @Test
    void a_hash_matches_its_password_only() {
        String stored = Passwords.hash("correct horse battery staple");

        assertThat(stored).startsWith("pbkdf2-sha256$" + Passwords.ITERATIONS + "$");
        assertThat(Passwords.matches("correct horse battery staple", stored)).isTrue();
        assertThat(Passwords.matches("correct horse battery stapler", stored)).isFalse();
    }

    @Test
    void every_hash_has_its_own_salt() {
        assertThat(Passwords.hash("same password")).isNotEqualTo(Passwords.hash("same password"));
    }
}
