package org.wenming.media;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The table of rendition jobs ({@code media_rendition}), one per audio object. A job is claimed with a
 * conditional update (state and lease in the WHERE clause), so several instances share the queue without
 * two making one rendition at once; a claim left by a stopped instance expires at its lease and is taken
 * again, which is how jobs survive restarts.
 */
@Repository
class RenditionJobs {

    private static final int CANDIDATES = 5;
    private static final String DUE = "state IN ('PENDING', 'RUNNING') AND (lease_until IS NULL OR lease_until < ?)";

    private final JdbcTemplate jdbc;

    RenditionJobs(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Claimed(long id, String mediaKey, int attempts) {}

    record Made(
            long stationSize,
            String stationSha256,
            long stationDurationMillis,
            Double loudnessLufs,
            long lightSize,
            String lightSha256) {}

    record Row(
            String mediaKey,
            RenditionState state,
            String failureReason,
            Long stationSize,
            String stationSha256,
            Long stationDurationMillis,
            BigDecimal loudnessLufs,
            Long lightSize,
            String lightSha256) {}

    /** Queues the audio's renditions; an audio already queued keeps its job. */
    void request(String mediaKey, LocalDateTime now) {
        try {
            jdbc.update(
                    "INSERT INTO media_rendition (media_key, state, attempts, created_at, updated_at)"
                            + " VALUES (?, 'PENDING', 0, ?, ?)",
                    mediaKey,
                    Timestamp.valueOf(now),
                    Timestamp.valueOf(now));
        } catch (DuplicateKeyException alreadyQueued) {
            // Same file uploaded again (or by two editors at once): one job makes its renditions.
        }
    }

    /** Takes the oldest due job for {@code owner} until {@code leaseUntil}; empty when none is due. */
    Optional<Claimed> claimNext(String owner, LocalDateTime now, LocalDateTime leaseUntil) {
        Timestamp at = Timestamp.valueOf(now);
        List<Long> due = jdbc.queryForList(
                "SELECT id FROM media_rendition WHERE " + DUE + " ORDER BY id LIMIT " + CANDIDATES, Long.class, at);
        for (long id : due) {
            int taken = jdbc.update(
                    "UPDATE media_rendition SET state = 'RUNNING', claimed_by = ?, lease_until = ?,"
                            + " attempts = attempts + 1, updated_at = ? WHERE id = ? AND " + DUE,
                    owner,
                    Timestamp.valueOf(leaseUntil),
                    at,
                    id,
                    at);
            if (taken == 1) {
                return Optional.ofNullable(jdbc.queryForObject(
                        "SELECT id, media_key, attempts FROM media_rendition WHERE id = ?",
                        (rs, n) -> new Claimed(rs.getLong("id"), rs.getString("media_key"), rs.getInt("attempts")),
                        id));
            }
        }
        return Optional.empty();
    }

    void ready(long id, Made made, LocalDateTime now) {
        jdbc.update(
                "UPDATE media_rendition SET state = 'READY', failure_reason = NULL, claimed_by = NULL,"
                        + " lease_until = NULL, station_size_bytes = ?, station_sha256 = ?, station_duration_ms = ?,"
                        + " station_loudness_lufs = ?, light_size_bytes = ?, light_sha256 = ?, updated_at = ?"
                        + " WHERE id = ?",
                made.stationSize(),
                made.stationSha256(),
                made.stationDurationMillis(),
                made.loudnessLufs() == null ? null : BigDecimal.valueOf(made.loudnessLufs()),
                made.lightSize(),
                made.lightSha256(),
                Timestamp.valueOf(now),
                id);
    }

    void failed(long id, String reason, LocalDateTime now) {
        jdbc.update(
                "UPDATE media_rendition SET state = 'FAILED', failure_reason = ?, claimed_by = NULL,"
                        + " lease_until = NULL, updated_at = ? WHERE id = ?",
                truncate(reason),
                Timestamp.valueOf(now),
                id);
    }

    /** Back to the queue, not before {@code notBefore}, with the reason shown meanwhile. */
    void retryLater(long id, String reason, LocalDateTime notBefore, LocalDateTime now) {
        jdbc.update(
                "UPDATE media_rendition SET state = 'PENDING', failure_reason = ?, claimed_by = NULL,"
                        + " lease_until = ?, updated_at = ? WHERE id = ?",
                truncate(reason),
                Timestamp.valueOf(notBefore),
                Timestamp.valueOf(now),
                id);
    }

    Optional<Row> find(String mediaKey) {
        return jdbc.query("SELECT * FROM media_rendition WHERE media_key = ?", RenditionJobs::row, mediaKey).stream()
                .findFirst();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(
                rs.getString("media_key"),
                RenditionState.valueOf(rs.getString("state")),
                rs.getString("failure_reason"),
                rs.getObject("station_size_bytes", Long.class),
                rs.getString("station_sha256"),
                rs.getObject("station_duration_ms", Long.class),
                rs.getBigDecimal("station_loudness_lufs"),
                rs.getObject("light_size_bytes", Long.class),
                rs.getString("light_sha256"));
    }

    private static String truncate(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }
}
