package uk.council.procurement.web.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class UkDateConverterTest {

    @Test
    void realDatesAreRead() {
        assertThat(UkDateConverter.parse("29/02/2028")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(UkDateConverter.parse(" 1/3/2027 ")).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(UkDateConverter.parse("")).isNull();
    }

    @Test
    void impossibleDatesAreRefusedNotRolled() {
        assertThatThrownBy(() -> UkDateConverter.parse("31/02/2025")).hasMessage("31/02/2025 is not a real date");
        assertThatThrownBy(() -> UkDateConverter.parse("29/02/2027")).hasMessage("29/02/2027 is not a real date");
        assertThatThrownBy(() -> UkDateConverter.parse("13/13/2025")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> UkDateConverter.parse("2025-02-01")).hasMessageContaining("dd/mm/yyyy");
        assertThatThrownBy(() -> UkDateConverter.parse("01/02/25")).hasMessageContaining("dd/mm/yyyy");
    }
}
