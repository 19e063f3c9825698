package org.wenming.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of the persistence suite: H2 in memory by default, MariaDB when Maven runs with
 * {@code -Pmariadb} (which sets {@code wenming.test.database=mariadb}; the URL comes from WENMING_DB_URL).
 */
public class TestProfiles implements ActiveProfilesResolver {

    /**
     * The tag of test classes whose behaviour does not hang on the database's dialect: file serving, the fast
     * lane, ffmpeg, image rendering, the search engines, Redis, S3 and WeChat outages, the API description.
     * The MariaDB run leaves them out (each would start its context again on MariaDB to prove nothing new);
     * the embedded run has them all.
     */
    public static final String DATABASE_NEUTRAL = "database-neutral";

    @Override
    public String[] resolve(Class<?> testClass) {
        return usesMariaDb() ? new String[] {"mysql", "test"} : new String[] {"h2mem", "test"};
    }

    public static boolean usesMariaDb() {
        return "mariadb".equals(System.getProperty("wenming.test.database"));
    }
}
