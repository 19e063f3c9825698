package org.wenming.search;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of search under {@code wenming.search}; see README.md for the environment variables.
 *
 * @param syncInterval      pause between two drains of the outbox
 * @param batchSize         outbox rows claimed per round
 * @param claimLease        how long a claimed row stays with its instance before another may take it over
 * @param retryInitial      first pause after a failed attempt; doubled on each further failure
 * @param retryMax          longest pause between attempts
 * @param reconcileInterval how often database and index are compared (and the outbox purged)
 * @param outboxRetention   how long processed outbox rows are kept (a reindex replays recent ones)
 * @param engineRetryAfter  after the engine failed a query, how long searches go straight to the fallback
 * @param reindexIfEmpty    on start, rebuild an empty index when the database has published content
 * @param indexDir          folder of the embedded Lucene index
 * @param hotDays           the window of hot searches
 */
@Validated
@ConfigurationProperties("wenming.search")
record SearchProperties(
        @NotNull Duration syncInterval,
        @Min(1) @Max(5000) int batchSize,
        @NotNull Duration claimLease,
        @NotNull Duration retryInitial,
        @NotNull Duration retryMax,
        @NotNull Duration reconcileInterval,
        @NotNull Duration outboxRetention,
        @NotNull Duration engineRetryAfter,
        boolean reindexIfEmpty,
        @NotBlank String highlightPreTag,
        @NotBlank String highlightPostTag,
        @Min(1) @Max(100) int maxPageSize,
        @Min(1) @Max(1000) int maxResults,
        @Min(1) @Max(500) int maxQueryLength,
        @NotBlank String indexDir,
        @Min(1) @Max(30) int hotDays,
        @NotNull @Valid Elasticsearch elasticsearch) {

    /**
     * The production engine. {@code index} is the alias searches go through; each rebuild creates a new
     * concrete index behind it. Analyzer names are those of the cluster: {@code cjk} (bigrams, from the
     * analysis-common module) for matching, {@code wordAnalyzer} (smartcn or IK) for a precision boost, or
     * empty for none.
     */
    public record Elasticsearch(
            @NotNull List<String> uris,
            String username,
            String password,
            @NotBlank String index,
            @NotBlank String analyzer,
            String wordAnalyzer,
            @Min(1) int shards,
            @Min(0) int replicas,
            @NotNull Duration connectTimeout,
            @NotNull Duration socketTimeout) {}
}
