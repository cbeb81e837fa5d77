package uk.council.procurement.transparency.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.council.procurement.dps.entity.Regime;

/** Which notice each regime calls for, and by when. */
class NoticeKindTest {

    @Test
    void aProcurementActMarketPublishesUk4Uk6AndUk7WithinA120DayDeadline() {
        var act = Regime.PA_2023_DYNAMIC_MARKET;
        assertThat(NoticeKind.TENDER.noticeType(act)).isEqualTo("UK4");
        assertThat(NoticeKind.AWARD.noticeType(act)).isEqualTo("UK6");
        assertThat(NoticeKind.CONTRACT.noticeType(act)).isEqualTo("UK7");
        assertThat(NoticeKind.CONTRACT.publishBy(act, LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(NoticeKind.TENDER.publishBy(act, LocalDate.of(2026, 11, 28))).isNull();
    }

    @Test
    void aLegacyDpsPublishesOnlyTheContractAwardGroupedByQuarter() {
        for (var pcr : new Regime[] {Regime.PCR_2015_DPS, Regime.PCR_2015_FRAMEWORK}) {
            assertThat(NoticeKind.TENDER.noticeType(pcr)).isEqualTo("NOT_REQUIRED");
            assertThat(NoticeKind.AWARD.noticeType(pcr)).isEqualTo("NOT_REQUIRED");
            assertThat(NoticeKind.CONTRACT.noticeType(pcr)).isEqualTo("PCR_CONTRACT_AWARD");
            // 30 days after the end of the contract's quarter
            assertThat(NoticeKind.CONTRACT.publishBy(pcr, LocalDate.of(2026, 11, 28))).isEqualTo(LocalDate.of(2027, 1, 30));
            assertThat(NoticeKind.CONTRACT.publishBy(pcr, LocalDate.of(2027, 1, 1))).isEqualTo(LocalDate.of(2027, 4, 30));
            assertThat(NoticeKind.CONTRACT.publishBy(pcr, LocalDate.of(2027, 6, 30))).isEqualTo(LocalDate.of(2027, 7, 30));
            assertThat(NoticeKind.CONTRACT.publishBy(pcr, LocalDate.of(2028, 2, 29))).isEqualTo(LocalDate.of(2028, 4, 30));
        }
    }
}
