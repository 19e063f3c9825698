package org.wenming.support;

/**
 * {@link EmbeddedElasticsearch} as a process of its own, for scripts (scripts/ops-check.sh) that need a real
 * Elasticsearch 8 node with the production analyzer names and have no Docker: prints
 * {@code ELASTICSEARCH_URL=http://127.0.0.1:<port>} once the node answers, then runs until killed.
 * <pre>java -cp "$(test classpath)" org.wenming.support.ElasticsearchProcess</pre>
 */
public final class ElasticsearchProcess {

    private ElasticsearchProcess() {}

    public static void main(String[] args) throws InterruptedException {
        String url = EmbeddedElasticsearch.url();
        System.out.println("ELASTICSEARCH_URL=" + url);
        System.out.flush();
        Thread.currentThread().join();
    }
}
