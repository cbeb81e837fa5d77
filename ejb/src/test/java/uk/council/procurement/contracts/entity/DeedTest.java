package uk.council.procurement.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import uk.council.procurement.Ids;
import uk.council.procurement.dps.entity.Dps;
import uk.council.procurement.dps.entity.DpsDetails;
import uk.council.procurement.dps.entity.ExtensionApproval;
import uk.council.procurement.dps.entity.Regime;
import uk.council.procurement.platform.InvalidInput;
import uk.council.procurement.platform.StoredFile;
import uk.council.procurement.platform.WrongState;
import uk.council.procurement.providers.entity.OrganisationDetails;
import uk.council.procurement.providers.entity.ProviderOrganisation;

/** A deed's rules: signatures name the current document, in order; legal's seal checked before it is applied. */
class DeedTest {

    private static final Instant NOW = Instant.parse("2024-07-10T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 10);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String FIRST = "a".repeat(64);
    private static final String SECOND = "b".repeat(64);

    private Deed deed;

    @BeforeEach
    void setUp() {
        var dps = Ids.set(new Dps(new DpsDetails("BURY-CAH-2021", "Bury", null, Regime.PCR_2015_FRAMEWORK,
                LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 2, 12, 10, 15), NOW), 1L);
        var provider = Ids.set(new ProviderOrganisation(new OrganisationDetails("Bury East Home Care Ltd", null, "1 Road",
                null, "Bury", "BL9 7AY", "Ruth", "ruth@example.org", null, "1-100000005"), NOW), 5L);
        var contract = new Contract(ContractKind.AGREEMENT, dps, provider, new ContractDetails("Care at home",
                LocalDate.of(2021, 10, 25), LocalDate.of(2024, 10, 24), 24, 2, 60, 3, null, null,
                new BigDecimal("9139875")), "officer", NOW);
        var review = new ExtensionReview(dps, LocalDate.of(2024, 7, 24), "system", NOW);
        var item = review.add(contract, "1", ExtensionApproval.LEAD);
        var extension = contract.checkExtension(12, TODAY);
        deed = Ids.set(new Deed(item, extension, new BigDecimal("8.24"), null, "system", NOW), 7L);
        deed.assignReference(2024);
        deed.attach(new StoredFile(new byte[] {1}), FIRST, 1);
    }

    @Test
    void theDeedCarriesTheExtensionAndItsDeadline() {
        assertThat(deed.getReference()).isEqualTo("DEED-2024-00007");
        assertThat(deed.getOldExpiry()).isEqualTo(LocalDate.of(2024, 10, 24));
        assertThat(deed.getNewExpiry()).isEqualTo(LocalDate.of(2025, 10, 24));
        assertThat(deed.getDueOn()).isEqualTo(LocalDate.of(2024, 7, 24));
        assertThat(deed.getVariedTerms()).isEqualTo(Deed.NO_VARIED_TERMS);
        assertThat(deed.isOverdueOn(LocalDate.of(2024, 7, 24))).isFalse();
        assertThat(deed.isOverdueOn(LocalDate.of(2024, 7, 25))).isTrue();
    }

    @Test
    void theProviderSignsOnlyTheCurrentDocument() {
        deed.revise("The Provider shall hold a lone working policy.", "legal", NOW);
        deed.attach(new StoredFile(new byte[] {2}), SECOND, 1);
        assertThat(deed.getRevision()).isEqualTo(2);
        assertThatThrownBy(() -> deed.signByProvider("Ruth Evans", FIRST, "provider4", NOW))
                .isInstanceOf(WrongState.class).hasMessageContaining("not deed DEED-2024-00007's current document");
        assertThatThrownBy(() -> deed.signByProvider("Ruth Evans", "abc", "provider4", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> deed.signByProvider(" R ", SECOND, "provider4", NOW)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> deed.signByProvider("R".repeat(201), SECOND, "provider4", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> deed.signByProvider("Ruth\u0000Evans", SECOND, "provider4", NOW))
                .isInstanceOf(InvalidInput.class);
        deed.signByProvider("Ruth Evans", SECOND.toUpperCase(), "provider4", NOW);
        assertThat(deed.getStatus()).isEqualTo(DeedStatus.AWAITING_SEAL);
        assertThat(deed.getProviderSignedSha256()).isEqualTo(SECOND);
        assertThatThrownBy(() -> deed.revise("Other", "legal", NOW)).isInstanceOf(WrongState.class);
        assertThatThrownBy(() -> deed.refuse("No", "provider4", NOW)).isInstanceOf(WrongState.class);
    }

    @Test
    void legalSealsOnlyAfterTheProviderAndOnlyWhatItSigned() {
        assertThatThrownBy(() -> deed.checkSeal("Margaret Okafor", "2024/0147", TODAY, FIRST, TODAY, UK))
                .isInstanceOf(WrongState.class);
        deed.signByProvider("Ruth Evans", FIRST, "provider4", NOW);
        assertThatThrownBy(() -> deed.checkSeal("Margaret Okafor", "2024/0147", TODAY, SECOND, TODAY, UK))
                .isInstanceOf(WrongState.class);
        assertThatThrownBy(() -> deed.checkSeal("Margaret Okafor", "2024/0147", TODAY.plusDays(1), FIRST, TODAY, UK))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("future");
        assertThatThrownBy(() -> deed.checkSeal("Margaret Okafor", "2024/0147", TODAY.minusDays(1), FIRST, TODAY, UK))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("before the provider signed");
        for (String bad : new String[] {"", " ", "/0147", "<script>", "x".repeat(31), "2024\n0147"}) {
            assertThatThrownBy(() -> deed.checkSeal("Margaret Okafor", bad, TODAY, FIRST, TODAY, UK))
                    .as(bad).isInstanceOf(InvalidInput.class);
        }
        deed.checkSeal("Margaret Okafor", "2024/0147", TODAY, FIRST, TODAY, UK);
        deed.seal("Margaret Okafor", " 2024/0147 ", TODAY, "legal", NOW, new StoredFile(new byte[] {3}), SECOND, "CN=Seal");
        assertThat(deed.getStatus()).isEqualTo(DeedStatus.SEALED);
        assertThat(deed.getSealNumber()).isEqualTo("2024/0147");
        assertThat(deed.getSealedSha256()).isEqualTo(FIRST);
        assertThat(deed.escalate(NOW)).as("a sealed deed is not escalated").isFalse();
    }

    @Test
    void aRefusedDeedCannotBeSignedAndIsEscalatedOnlyWhileOpen() {
        assertThat(deed.escalate(NOW)).isTrue();
        assertThat(deed.escalate(NOW)).as("once").isFalse();
        deed.refuse("Leaving the market", "provider4", NOW);
        assertThat(deed.getStatus()).isEqualTo(DeedStatus.REFUSED);
        assertThatThrownBy(() -> deed.signByProvider("Ruth Evans", FIRST, "provider4", NOW)).isInstanceOf(WrongState.class);
    }

    @Test
    void variedTermsAreBoundedAndPrintable() {
        assertThatThrownBy(() -> deed.revise("x".repeat(Deed.MAX_VARIED_TERMS + 1), "legal", NOW))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> deed.revise("bad \u0007 bell", "legal", NOW)).isInstanceOf(InvalidInput.class);
        deed.revise("Line one\nLine two", "legal", NOW);
        assertThat(deed.getVariedTerms()).isEqualTo("Line one\nLine two");
    }
}
