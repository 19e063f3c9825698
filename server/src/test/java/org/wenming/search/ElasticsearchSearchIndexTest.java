package org.wenming.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.wenming.support.EmbeddedElasticsearch;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestProfiles;

/** The contract on a real Elasticsearch 8 node, through the production adapter and client. */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class ElasticsearchSearchIndexTest extends SearchIndexContract {

    @Override
    protected SearchIndex newIndex() {
        return connect(EmbeddedElasticsearch.url(), "contract-" + UUID.randomUUID());
    }

    @Override
    protected void dispose(SearchIndex index) {
        try {
            ((ElasticsearchSearchIndex) index).close();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    protected SearchIndex open(String name, int schemaVersion) {
        return connect(EmbeddedElasticsearch.url(), "contract-" + name, schemaVersion);
    }

    static ElasticsearchSearchIndex connect(String url, String indexName) {
        return connect(url, indexName, SearchAnalysis.SCHEMA_VERSION);
    }

    /** The adapter as production builds it, on the test node; replicas 0 on a one-node cluster. */
    static ElasticsearchSearchIndex connect(String url, String indexName, int schemaVersion) {
        RestClient rest = RestClient.builder(HttpHost.create(url)).build();
        ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new JacksonJsonpMapper()));
        return new ElasticsearchSearchIndex(
                client,
                new SearchProperties.Elasticsearch(
                        List.of(url),
                        null,
                        null,
                        indexName,
                        "cjk",
                        "smartcn",
                        1,
                        0,
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(30)),
                schemaVersion);
    }
}
