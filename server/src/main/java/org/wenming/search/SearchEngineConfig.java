package org.wenming.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.nio.file.Path;
import org.apache.http.HttpHost;
import org.apache.http.auth.AuthScope;
import org.apache.http.auth.UsernamePasswordCredentials;
import org.apache.http.impl.client.BasicCredentialsProvider;
import org.elasticsearch.client.RestClient;
import org.elasticsearch.client.RestClientBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;
import org.wenming.common.config.StartupPhase;

/**
 * Chooses the engine: the embedded Lucene index by default, Elasticsearch under the {@code elasticsearch}
 * profile (part of {@code prod}). The client is built here and owned by the adapter; Spring Boot's
 * Elasticsearch auto-configuration is excluded (see WenmingApplication) because it would create a client,
 * and a health check that fails while the engine is down, on every profile, though search degrades
 * gracefully without the engine.
 */
@Configuration(proxyBeanMethods = false)
class SearchEngineConfig {

    @Bean
    @Profile("!elasticsearch")
    LuceneSearchIndex luceneSearchIndex(SearchProperties properties) {
        return StartupPhase.timed("index", () -> new LuceneSearchIndex(Path.of(properties.indexDir())));
    }

    @Bean(destroyMethod = "close")
    @Profile("elasticsearch")
    ElasticsearchSearchIndex elasticsearchSearchIndex(SearchProperties properties) {
        SearchProperties.Elasticsearch es = properties.elasticsearch();
        RestClientBuilder builder = RestClient.builder(
                        es.uris().stream().map(HttpHost::create).toArray(HttpHost[]::new))
                .setRequestConfigCallback(config -> config.setConnectTimeout(
                                (int) es.connectTimeout().toMillis())
                        .setSocketTimeout((int) es.socketTimeout().toMillis()));
        if (StringUtils.hasText(es.username())) {
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            credentials.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(es.username(), es.password()));
            builder.setHttpClientConfigCallback(http -> http.setDefaultCredentialsProvider(credentials));
        }
        RestClientTransport transport = new RestClientTransport(builder.build(), new JacksonJsonpMapper());
        return new ElasticsearchSearchIndex(new ElasticsearchClient(transport), es);
    }
}
