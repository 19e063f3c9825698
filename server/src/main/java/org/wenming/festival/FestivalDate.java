package org.wenming.festival;

import java.time.LocalDate;

/** A festival on its date in one year; {@code daysLeft} counts from today (0 on the day itself). */
public record FestivalDate(String code, String name, LocalDate date, String description, Long daysLeft) {}
