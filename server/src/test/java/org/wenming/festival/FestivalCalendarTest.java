package org.wenming.festival;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates computed by the lunar library against the published calendar for 2026–2028. */
class FestivalCalendarTest {

    private final FestivalCalendar calendar = new FestivalCalendar();

    @ParameterizedTest(name = "{0} {1} = {2}")
    @CsvSource({
        "LUNAR, 1-1, 2026-02-17",
        "LUNAR, 1-15, 2026-03-03",
        "SOLAR_TERM, 清明, 2026-04-05",
        "LUNAR, 5-5, 2026-06-19",
        "LUNAR, 7-7, 2026-08-19",
        "LUNAR, 8-15, 2026-09-25",
        "LUNAR, 9-9, 2026-10-18",
        "LUNAR, 1-1, 2027-02-06",
        "LUNAR, 1-15, 2027-02-20",
        "SOLAR_TERM, 清明, 2027-04-05",
        "LUNAR, 5-5, 2027-06-09",
        "LUNAR, 7-7, 2027-08-08",
        "LUNAR, 8-15, 2027-09-15",
        "LUNAR, 9-9, 2027-10-08",
        "LUNAR, 1-1, 2028-01-26",
        "LUNAR, 1-15, 2028-02-09",
        "SOLAR_TERM, 清明, 2028-04-04",
        "LUNAR, 5-5, 2028-05-28",
        "LUNAR, 7-7, 2028-08-26",
        "LUNAR, 8-15, 2028-10-03",
        "LUNAR, 9-9, 2028-10-26",
        "SOLAR, 3-5, 2027-03-05",
        "SOLAR_TERM, 冬至, 2026-12-22",
        "SOLAR_TERM, 小寒, 2027-01-05"
    })
    void computesTheKnownDate(FestivalRule rule, String when, LocalDate expected) {
        Festival festival = new Festival();
        festival.setRuleType(rule);
        if (rule == FestivalRule.SOLAR_TERM) {
            festival.setSolarTerm(when);
        } else {
            festival.setRuleMonth(Integer.parseInt(when.split("-")[0]));
            festival.setRuleDay(Integer.parseInt(when.split("-")[1]));
        }

        assertThat(calendar.dateIn(festival, expected.getYear())).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"清明, true", "冬至, true", "春节, false", "DONG_ZHI, false", "'', false"})
    void recognisesSolarTermNames(String name, boolean expected) {
        assertThat(calendar.isSolarTerm(name)).isEqualTo(expected);
    }
}
