package org.wenming.station;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which schedule plays a slot, as a rule on its own: no database, no clock. */
class SlotPrecedenceTest {

    private static final long STATION = 42;
    private static final String BANNER = "/1/";
    private static final String TOWNSHIP = "/1/5/";
    private static final String VILLAGE = "/1/5/17/";
    private static final String OTHER_TOWNSHIP = "/1/6/";

    @Test
    void theStationItselfIsMoreSpecificThanAnyUnitAndADeeperUnitThanAShallowerOne() {
        int station = SlotPrecedence.specificity(STATION, null, STATION, VILLAGE);
        int village = SlotPrecedence.specificity(null, VILLAGE, STATION, VILLAGE);
        int township = SlotPrecedence.specificity(null, TOWNSHIP, STATION, VILLAGE);
        int banner = SlotPrecedence.specificity(null, BANNER, STATION, VILLAGE);

        assertThat(station).isGreaterThan(village);
        assertThat(village).isGreaterThan(township);
        assertThat(township).isGreaterThan(banner);
        assertThat(banner).isGreaterThan(SlotPrecedence.NOT_COVERED);
    }

    @Test
    void aTargetElsewhereDoesNotCoverTheStation() {
        assertThat(SlotPrecedence.specificity(null, OTHER_TOWNSHIP, STATION, VILLAGE))
                .isEqualTo(SlotPrecedence.NOT_COVERED);
        assertThat(SlotPrecedence.specificity(STATION + 1, null, STATION, VILLAGE))
                .isEqualTo(SlotPrecedence.NOT_COVERED);
    }

    @Test
    void eachTimeIsWonByTheMostSpecificScheduleAndAmongEqualsByTheNewest() {
        StationSlot bannerMorning = slot(1, "06:30");
        StationSlot townshipMorning = slot(2, "06:30");
        StationSlot bannerNoon = slot(1, "12:00");
        StationSlot olderTownshipEvening = slot(2, "18:30");
        StationSlot newerTownshipEvening = slot(3, "18:30");
        Map<Long, Integer> specificity = Map.of(1L, 2, 2L, 3, 3L, 3);

        Map<LocalTime, StationSlot> winners = SlotPrecedence.winners(
                List.of(newerTownshipEvening, bannerMorning, olderTownshipEvening, townshipMorning, bannerNoon),
                specificity);

        assertThat(winners)
                .containsExactly(
                        Map.entry(LocalTime.of(6, 30), townshipMorning),
                        Map.entry(LocalTime.of(12, 0), bannerNoon),
                        Map.entry(LocalTime.of(18, 30), newerTownshipEvening));
    }

    private static StationSlot slot(long scheduleId, String startTime) {
        StationSlot slot = new StationSlot();
        slot.setScheduleId(scheduleId);
        slot.setStartTime(startTime);
        return slot;
    }
}
