package org.wenming.station;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One line of the 台账: what a station played, with its village and township. */
record LedgerEntry(
        LocalDate date,
        String stationCode,
        String stationName,
        String village,
        String township,
        long contentId,
        String title,
        String slotTime,
        LocalDateTime startedAt,
        LocalDateTime finishedAt,
        PlayResult result,
        String resultLabel) {}
