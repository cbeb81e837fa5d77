package uk.council.procurement.security.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.security.entity.StoredPassword;

class PasswordHashingTest {

    @Test
    void isStandardPbkdf2HmacSha256AsElytronsScramMapperReadsIt() {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256, P="passwd", S="salt", c=1 (first 32 bytes).
        byte[] expected = HexFormat.of().parseHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        var stored = new StoredPassword(Base64.getEncoder().encodeToString(expected),
                Base64.getEncoder().encodeToString("salt".getBytes()), 1);
        assertThat(PasswordHashing.verify("passwd", stored)).isTrue();
        assertThat(PasswordHashing.verify("Passwd", stored)).isFalse();
    }

    @Test
    void hashesAreSaltedAndNeverTheClearPassword() {
        var one = PasswordHashing.hash("correct horse battery");
        var two = PasswordHashing.hash("correct horse battery");
        assertThat(one.hash()).isNotEqualTo(two.hash()).doesNotContain("correct");
        assertThat(one.salt()).isNotEqualTo(two.salt());
        assertThat(one.iterations()).isEqualTo(PasswordHashing.ITERATIONS);
        assertThat(Base64.getDecoder().decode(one.hash())).hasSize(32);
        assertThat(PasswordHashing.verify("correct horse battery", one)).isTrue();
        assertThat(PasswordHashing.verify("correct horse batterY", one)).isFalse();
    }

    @Test
    void passwordsAreLongAndNotTheUsername() {
        assertThatThrownBy(() -> Accounts.checkPassword("anna", "short")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> Accounts.checkPassword("annabrooks", "my-AnnaBrooks-2026")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("username");
        assertThatThrownBy(() -> Accounts.checkPassword("anna", "x".repeat(129))).isInstanceOf(InvalidInput.class);
        Accounts.checkPassword("anna", "four random words here");
    }
}
