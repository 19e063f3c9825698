package org.wenming.content;

import java.time.LocalDate;
import org.springframework.util.StringUtils;

/**
 * The cache keys of the mini program's cached reads, in one place: {@link MiniContentController} derives
 * them from its bound parameters when it builds an answer, {@link MiniReadFastPath} from the raw request
 * when it looks one up, so both always name the same entry.
 */
final class MiniReadKeys {

    /** The list's page size when the request names none. */
    static final String DEFAULT_PAGE_SIZE = "20";

    private MiniReadKeys() {}

    /** Every URL inside an answer starts with the public base URL, so an answer is kept per base URL. */
    static String body(String publicBaseUrl, String read) {
        return "mini-body:" + publicBaseUrl + ":" + read;
    }

    /** Keyed by the day too: the upcoming festival and its days left change at midnight. */
    static String home(LocalDate today, String language) {
        return "home:" + today + ":" + homeLanguage(language);
    }

    /** The home page's language filter: blank means every language. */
    static String homeLanguage(String language) {
        return StringUtils.hasText(language) ? language.strip() : null;
    }

    static String list(PublicQuery query, String cursor, int size) {
        return "list:" + query + ":" + cursor + ":" + size;
    }

    static String detail(long id) {
        return "detail:" + id;
    }

    /** Keyed by the day too: days left change at midnight. */
    static String festivals(LocalDate today, int year) {
        return "festivals:" + today + ":" + year;
    }
}
