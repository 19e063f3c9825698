package org.wenming.festival;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Computes the Gregorian date of a festival in a given year with the lunar library; nothing is tabulated. */
@Component
public class FestivalCalendar {

    public LocalDate dateIn(Festival festival, int year) {
        return switch (festival.getRuleType()) {
            case LUNAR -> toDate(Lunar.fromYmd(year, festival.getRuleMonth(), festival.getRuleDay()).getSolar());
            case SOLAR_TERM -> solarTerm(festival.getSolarTerm(), year);
            case SOLAR -> LocalDate.of(year, festival.getRuleMonth(), festival.getRuleDay());
        };
    }

    /** The solar term of that name that falls in the Gregorian year (the library's table spans two years). */
    private static LocalDate solarTerm(String name, int year) {
        for (int probeMonth : new int[] {1, 7}) {
            Solar probe = Solar.fromYmd(year, probeMonth, 1);
            Solar term = probe.getLunar().getJieQiTable().get(name);
            if (term != null && term.getYear() == year) {
                return toDate(term);
            }
        }
        throw new IllegalArgumentException("Unknown solar term " + name);
    }

    /** True when the lunar library knows a solar term of this Chinese name (清明, 冬至 …). */
    public boolean isSolarTerm(String name) {
        return name != null && name.matches("\\p{IsHan}{2}")
                && Solar.fromYmd(2000, 6, 1).getLunar().getJieQiTable().containsKey(name);
    }

    private static LocalDate toDate(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
