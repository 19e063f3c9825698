package org.wenming.festival;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** Computes the Gregorian date of a festival in a given year with the lunar library; nothing is tabulated. */
@Component
class FestivalCalendar {

    /** Computing a lunar date takes the library about a millisecond, and the answer never changes. */
    private final Map<RuleInYear, LocalDate> computed = new ConcurrentHashMap<>();

    public LocalDate dateIn(Festival festival, int year) {
        RuleInYear key = new RuleInYear(
                festival.getRuleType(), festival.getRuleMonth(), festival.getRuleDay(), festival.getSolarTerm(), year);
        return computed.computeIfAbsent(key, k -> compute(festival, year));
    }

    private static LocalDate compute(Festival festival, int year) {
        return switch (festival.getRuleType()) {
            case LUNAR ->
                toDate(Lunar.fromYmd(year, festival.getRuleMonth(), festival.getRuleDay())
                        .getSolar());
            case SOLAR_TERM -> solarTerm(festival.getSolarTerm(), year);
            case SOLAR -> LocalDate.of(year, festival.getRuleMonth(), festival.getRuleDay());
        };
    }

    /**
     * The solar term of that name that falls in the Gregorian year. A lunar year's table spans two Gregorian
     * years and names some terms of the next one differently, so the day itself is asked for its term.
     */
    private static LocalDate solarTerm(String name, int year) {
        for (Solar probe : List.of(Solar.fromYmd(year, 1, 1), Solar.fromYmd(year, 7, 1), Solar.fromYmd(year, 12, 31))) {
            for (Solar term : probe.getLunar().getJieQiTable().values()) {
                if (term.getYear() == year && name.equals(term.getLunar().getJieQi())) {
                    return toDate(term);
                }
            }
        }
        throw new IllegalArgumentException("Unknown solar term " + name);
    }

    /** True when the lunar library knows a solar term of this Chinese name (清明, 冬至 …). */
    public boolean isSolarTerm(String name) {
        return name != null
                && name.matches("\\p{IsHan}{2}")
                && Solar.fromYmd(2000, 6, 1).getLunar().getJieQiTable().containsKey(name);
    }

    private record RuleInYear(FestivalRule rule, Integer month, Integer day, String solarTerm, int year) {}

    private static LocalDate toDate(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
