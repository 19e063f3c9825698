package org.wenming.user;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import org.wenming.audit.AuditService;
import org.wenming.common.config.WenmingProperties;
import org.wenming.common.security.Role;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;

/**
 * Creates the first administrator at the root of the organisation tree when no account exists, with the
 * password from WENMING_ADMIN_PASSWORD or a generated one that is printed once.
 */
@Service
public class AdminBootstrap {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AdminUserService users;
    private final OrgUnitService units;
    private final AuditService audit;
    private final WenmingProperties.Admin settings;

    public AdminBootstrap(
            AdminUserService users, OrgUnitService units, AuditService audit, WenmingProperties properties) {
        this.users = users;
        this.units = units;
        this.audit = audit;
        this.settings = properties.admin();
    }

    @Transactional
    public void ensureAdministrator() {
        if (users.anyExists()) {
            return;
        }
        Optional<OrgUnit> root =
                units.all().stream().filter(unit -> unit.getParentId() == null).findFirst();
        if (root.isEmpty()) {
            log.warn("No organisation units yet: import the content pack (scripts/import-content.sh) to create "
                    + "the first administrator");
            return;
        }
        boolean generated = !StringUtils.hasText(settings.initialPassword());
        String password = generated ? generatePassword() : settings.initialPassword();
        AdminUser admin = users.newUser(
                settings.username(), "系统管理员", root.get(), EnumSet.of(Role.ADMIN, Role.REVIEWER, Role.EDITOR), password);
        users.insert(admin);
        audit.record(null, "系统", "USER_CREATE", "USER", admin.getId(), "首次启动创建管理员");
        if (generated) {
            log.warn(
                    "Created administrator '{}' with generated password: {}  (shown only once; change it after "
                            + "signing in, or set WENMING_ADMIN_PASSWORD before the first start)",
                    settings.username(),
                    password);
        } else {
            log.info("Created administrator '{}' with the password from WENMING_ADMIN_PASSWORD", settings.username());
        }
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
