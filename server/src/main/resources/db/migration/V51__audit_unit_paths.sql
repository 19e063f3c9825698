-- The org units an audit entry belongs to, as paths ("/naiman/xinzhen/"), so a township administrator reads
-- the entries of their subtree only: those whose actor, or whose object, is in it. Recorded when the entry is
-- written, so entries about deleted items keep their unit; paths never change once a unit exists.
-- MySQL dialect that H2 accepts in MODE=MySQL.
ALTER TABLE audit_log ADD COLUMN actor_unit_path VARCHAR(512);
ALTER TABLE audit_log ADD COLUMN target_unit_path VARCHAR(512);

-- Earlier entries: the actor's current unit, and the unit of objects that still exist. Entries about
-- deleted objects or objects of no unit (settings, festivals, the search index, residents) stay without a
-- target unit, so only the banner office reads them unless their actor is in the reader's subtree.
UPDATE audit_log SET actor_unit_path =
    (SELECT o.path FROM admin_user u JOIN org_unit o ON o.id = u.org_unit_id WHERE u.id = audit_log.actor_id)
WHERE actor_id IS NOT NULL;

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM content c JOIN org_unit o ON o.id = c.org_unit_id
     WHERE CONCAT('', c.id) = audit_log.target_id)
WHERE target_type = 'CONTENT';

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM admin_user u JOIN org_unit o ON o.id = u.org_unit_id
     WHERE CONCAT('', u.id) = audit_log.target_id)
WHERE target_type = 'USER';

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM org_unit o WHERE CONCAT('', o.id) = audit_log.target_id)
WHERE target_type = 'ORG_UNIT';

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM station s JOIN org_unit o ON o.id = s.org_unit_id
     WHERE CONCAT('', s.id) = audit_log.target_id)
WHERE target_type = 'STATION';

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM station_schedule s JOIN org_unit o ON o.id = s.owner_unit_id
     WHERE CONCAT('', s.id) = audit_log.target_id)
WHERE target_type = 'SCHEDULE';

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM station_urgent s JOIN org_unit o ON o.id = s.owner_unit_id
     WHERE CONCAT('', s.id) = audit_log.target_id)
WHERE target_type = 'URGENT';

UPDATE audit_log SET target_unit_path =
    (SELECT o.path FROM submission s JOIN org_unit o ON o.id = s.org_unit_id
     WHERE CONCAT('', s.id) = audit_log.target_id)
WHERE target_type = 'SUBMISSION';
