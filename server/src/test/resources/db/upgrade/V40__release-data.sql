-- Data as the release whose newest migration was V40 (stations) left it: an org tree, an editor, a published
-- poster item with a tag, its workflow, a resident who favourited and viewed it, a station that played it.
-- UpgradeFromPreviousReleaseTest loads this into a V40 schema, then migrates to the newest version.
INSERT INTO org_unit (id, code, name, type, parent_id, path, sort_order, is_sample, created_at, updated_at)
VALUES (9001, 'upgrade-banner', '升级测试旗', 'BANNER', NULL, '/upgrade-banner/', 0, FALSE, '2026-05-01 08:00:00.000', '2026-05-01 08:00:00.000'),
       (9002, 'upgrade-town', '升级测试镇', 'TOWNSHIP', 9001, '/upgrade-banner/upgrade-town/', 1, FALSE, '2026-05-01 08:00:00.000', '2026-05-01 08:00:00.000');

INSERT INTO admin_user (id, username, password_hash, display_name, org_unit_id, roles, enabled, failed_logins,
                        created_at, updated_at)
VALUES (9001, 'upgrade-editor', '$2a$10$7EqJtq98hPqEX7fNZaFWoO5b9Z5ZJ5gHNGbLbDqwHBvQqIYCVuDGq', '升级编辑', 9002,
        'EDITOR', TRUE, 0, '2026-05-01 08:00:00.000', '2026-05-01 08:00:00.000');

INSERT INTO content (id, kind, title, summary, language, org_unit_id, status, review_levels, review_stage,
                     publish_at, published_at, featured, is_sample, quote, quote_source, interpretation,
                     version, deleted, created_by, updated_by, created_at, updated_at)
VALUES (9001, 'POSTER', '升级前发布的金句', '旧版本发布，升级后仍应可读', 'zh', 9002, 'PUBLISHED', 1, 1,
        '2026-05-02 09:00:00.000', '2026-05-02 09:00:00.000', FALSE, FALSE, '幸福都是奋斗出来的', '2018年新年贺词',
        '升级测试的解读', 3, 0, 9001, 9001, '2026-05-01 09:00:00.000', '2026-05-02 09:00:00.000');
INSERT INTO content_tag (content_id, tag) VALUES (9001, '升级测试');
INSERT INTO content_transition (content_id, action, from_status, to_status, review_stage, actor_id, actor_name, created_at)
VALUES (9001, 'SUBMIT', 'DRAFT', 'SUBMITTED', NULL, 9001, '升级编辑', '2026-05-01 10:00:00.000'),
       (9001, 'PUBLISH', 'APPROVED', 'PUBLISHED', NULL, 9001, '升级编辑', '2026-05-02 09:00:00.000');

INSERT INTO resident (id, openid, nickname, created_at, updated_at, last_login_at)
VALUES (9001, 'upgrade-openid', '升级居民', '2026-05-03 08:00:00.000', '2026-05-03 08:00:00.000', '2026-05-03 08:00:00.000');
INSERT INTO resident_favourite (resident_id, content_id, created_at) VALUES (9001, 9001, '2026-05-03 08:01:00.000');
INSERT INTO content_stat (content_id, favourites, likes, views) VALUES (9001, 1, 0, 7);

INSERT INTO station (id, code, name, org_unit_id, device_type, time_zone, enabled, key_hash, key_hint, key_rotated_at,
                     last_seen_at, created_at, updated_at)
VALUES (9001, 'upgrade-station', '升级测试广播站', 9002, 'OTHER', 'Asia/Shanghai', TRUE, REPEAT('a', 64), 'aaaa',
        '2026-05-01 08:00:00.000', '2026-05-04 08:00:00.000', '2026-05-01 08:00:00.000', '2026-05-01 08:00:00.000');
INSERT INTO play_receipt (station_id, receipt_id, content_id, slot_time, started_at, finished_at, result, received_at)
VALUES (9001, 'upgrade-receipt-1', 9001, '07:00', '2026-05-04 07:00:00.000', '2026-05-04 07:03:00.000', 'COMPLETED',
        '2026-05-04 07:05:00.000');
