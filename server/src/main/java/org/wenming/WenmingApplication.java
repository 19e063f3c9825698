package org.wenming;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchClientAutoConfiguration;
import org.springframework.boot.autoconfigure.elasticsearch.ElasticsearchRestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Spring Security's generated in-memory user is excluded: administrators live in the database. Spring
 * Boot's Elasticsearch client is excluded: search builds its own, only under the elasticsearch profile.
 */
@SpringBootApplication(
        exclude = {
            UserDetailsServiceAutoConfiguration.class,
            ElasticsearchRestClientAutoConfiguration.class,
            ElasticsearchClientAutoConfiguration.class
        })
@ConfigurationPropertiesScan
@EnableCaching
@EnableScheduling
public class WenmingApplication {

    public static void main(String[] args) {
        SpringApplication.run(WenmingApplication.class, args);
    }
}
