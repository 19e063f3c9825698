package org.wenming.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the persistence suite: H2 in memory by default, MariaDB when Maven runs with
 * {@code -Pmariadb} (which sets {@code wenming.test.database=mariadb}; the URL comes from WENMING_DB_URL).
 */
public class TestProfiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
        return usesMariaDb() ? new String[] {"mysql", "test"} : new String[] {"h2mem", "test"};
    }

    public static boolean usesMariaDb() {
        return "mariadb".equals(System.getProperty("wenming.test.database"));
    }
}
