package org.wenming.user;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wenming.audit.AuditService;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;
import org.wenming.common.security.Actor;
import org.wenming.common.security.ActorLoader;
import org.wenming.common.security.Role;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.org.OrgUnitUsage;

/** Accounts of the admin console, each bound to one org unit whose subtree is its scope. */
@Service
class AdminUserService implements ActorLoader, OrgUnitUsage {

    private final AdminUserMapper mapper;
    private final OrgUnitService units;
    private final PasswordEncoder passwordEncoder;
    private final AuditService audit;
    private final LoginGuard guard;
    private final SignInSessions sessions;
    private final Clock clock;

    public AdminUserService(
            AdminUserMapper mapper,
            OrgUnitService units,
            PasswordEncoder passwordEncoder,
            AuditService audit,
            LoginGuard guard,
            SignInSessions sessions,
            Clock clock) {
        this.mapper = mapper;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.guard = guard;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Optional<Actor> load(long userId) {
        AdminUser user = mapper.selectById(userId);
        if (user == null || !Boolean.TRUE.equals(user.getEnabled())) {
            return Optional.empty();
        }
        return Optional.of(toActor(user));
    }

    @Override
    public boolean isUsed(long orgUnitId) {
        return mapper.exists(new LambdaQueryWrapper<AdminUser>().eq(AdminUser::getOrgUnitId, orgUnitId));
    }

    Actor toActor(AdminUser user) {
        OrgUnit unit = units.get(user.getOrgUnitId());
        return new Actor(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.roleSet(),
                unit.getId(),
                unit.getPath(),
                unit.getName(),
                user.getSessionVersion());
    }

    public Optional<AdminUser> findByUsername(String username) {
        return Optional.ofNullable(
                mapper.selectOne(new LambdaQueryWrapper<AdminUser>().eq(AdminUser::getUsername, username)));
    }

    public boolean anyExists() {
        return mapper.exists(new LambdaQueryWrapper<>());
    }

    /** Accounts inside the actor's scope. */
    public List<UserView> list(Actor actor) {
        Map<Long, OrgUnit> byId = units.byId();
        return mapper.selectList(new LambdaQueryWrapper<AdminUser>().orderByAsc(AdminUser::getId)).stream()
                .filter(user -> actor.covers(byId.get(user.getOrgUnitId()).getPath()))
                .map(user -> UserView.of(user, byId.get(user.getOrgUnitId())))
                .toList();
    }

    /**
     * The accounts the users screen shows for this filter: those whose sign-in name, name or unit contains
     * {@code keyword} (all when it is empty), as the screen filters them.
     */
    public List<UserView> matching(Actor actor, String keyword) {
        String k = keyword == null ? "" : keyword.strip();
        return list(actor).stream()
                .filter(u -> k.isEmpty()
                        || u.username().contains(k)
                        || u.displayName().contains(k)
                        || (u.orgUnitName() != null && u.orgUnitName().contains(k)))
                .toList();
    }

    public UserView get(Actor actor, long id) {
        AdminUser user = requireInScope(actor, id);
        return UserView.of(user, units.get(user.getOrgUnitId()));
    }

    @Transactional
    public UserView create(Actor actor, UserRequest request) {
        if (request.password() == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "新建账号必须设置初始密码");
        }
        OrgUnit unit = units.get(request.orgUnitId());
        units.requireScope(actor, unit);
        if (findByUsername(request.username()).isPresent()) {
            throw new ApiException(ErrorCode.DUPLICATE, "用户名已存在：" + request.username());
        }
        AdminUser user = newUser(request.username(), request.displayName(), unit, request.roles(), request.password());
        user.setEnabled(request.enabled() == null || request.enabled());
        mapper.insert(user);
        audit.recordInUnit(
                actor,
                "USER_CREATE",
                "USER",
                user.getId(),
                user.getOrgUnitId(),
                user.getUsername() + " " + user.getRoles());
        return UserView.of(user, unit);
    }

    @Transactional
    public UserView update(Actor actor, long id, UserRequest request) {
        AdminUser user = requireInScope(actor, id);
        OrgUnit unit = units.get(request.orgUnitId());
        units.requireScope(actor, unit);
        if (!user.getUsername().equals(request.username())) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, "用户名创建后不能修改");
        }
        if (user.getId() == actor.id() && !request.roles().contains(Role.ADMIN)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "不能取消自己的管理员角色");
        }
        boolean endsSessions = !user.roleSet().equals(request.roles())
                || (Boolean.TRUE.equals(user.getEnabled()) && Boolean.FALSE.equals(request.enabled()));
        user.setDisplayName(request.displayName());
        user.setOrgUnitId(unit.getId());
        user.setRoleSet(request.roles());
        if (request.enabled() != null) {
            user.setEnabled(request.enabled());
        }
        user.setUpdatedAt(LocalDateTime.now(clock));
        mapper.updateById(user);
        if (endsSessions) {
            endSessions(id);
        }
        audit.recordInUnit(
                actor,
                "USER_UPDATE",
                "USER",
                id,
                user.getOrgUnitId(),
                user.getUsername() + " " + user.getRoles() + (Boolean.TRUE.equals(user.getEnabled()) ? "" : " 停用"));
        return UserView.of(user, unit);
    }

    /** Sets a new password, ends the account's sessions and lifts its locks and delays. */
    @Transactional
    public void resetPassword(Actor actor, long id, String password) {
        AdminUser user = requireInScope(actor, id);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setUpdatedAt(LocalDateTime.now(clock));
        mapper.updateById(user);
        endSessions(id);
        guard.forget(user.getUsername());
        audit.recordInUnit(actor, "USER_PASSWORD_RESET", "USER", id, user.getOrgUnitId(), user.getUsername());
    }

    /** Sets the account's own new password and ends its other sessions; returns the actor of the new version. */
    @Transactional
    Actor changeOwnPassword(Actor actor, AdminUser user, String password) {
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setUpdatedAt(LocalDateTime.now(clock));
        mapper.updateById(user);
        mapper.endSessions(user.getId());
        audit.record(actor, "PASSWORD_CHANGED", "USER", user.getId(), null);
        return load(user.getId()).orElseThrow();
    }

    AdminUser newUser(String username, String displayName, OrgUnit unit, Set<Role> roles, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        AdminUser user = new AdminUser();
        user.setUsername(username);
        user.setDisplayName(displayName);
        user.setOrgUnitId(unit.getId());
        user.setRoleSet(roles);
        user.setPasswordHash(passwordEncoder.encode(password));
        user.setEnabled(true);
        user.setSessionVersion(0);
        user.setCreatedAt(now);
        user.setUpdatedAt(now);
        return user;
    }

    void recordLogin(long id) {
        mapper.recordLogin(id, LocalDateTime.now(clock));
    }

    void insert(AdminUser user) {
        mapper.insert(user);
    }

    /** Signs the account out everywhere and closes its sign-in records, so its device list is empty too. */
    private void endSessions(long id) {
        mapper.endSessions(id);
        sessions.endAll(id);
    }

    private AdminUser requireInScope(Actor actor, long id) {
        AdminUser user = mapper.selectById(id);
        if (user == null || !actor.covers(units.get(user.getOrgUnitId()).getPath())) {
            throw new ApiException(ErrorCode.USER_NOT_FOUND);
        }
        return user;
    }
}
