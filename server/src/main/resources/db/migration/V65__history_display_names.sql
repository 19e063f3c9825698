-- The content history names people by their display names (八仙筒镇编辑) from now on; the rows written before
-- carry sign-in names, which are turned into the display names of the accounts they belong to.
UPDATE content_transition
   SET actor_name = (SELECT u.display_name FROM admin_user u WHERE u.username = content_transition.actor_name)
 WHERE actor_name IN (SELECT username FROM admin_user);

UPDATE content_revision
   SET editor_name = (SELECT u.display_name FROM admin_user u WHERE u.username = content_revision.editor_name)
 WHERE editor_name IN (SELECT username FROM admin_user);
