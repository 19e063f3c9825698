package org.wenming.festival;

/** How a festival's date is found each year. */
enum FestivalRule {
    /** A day of the Chinese lunar calendar (month and day). */
    LUNAR,
    /** One of the 24 solar terms, e.g. 清明. */
    SOLAR_TERM,
    /** A fixed day of the Gregorian calendar, e.g. 学雷锋纪念日 on 3 March 5. */
    SOLAR
}
