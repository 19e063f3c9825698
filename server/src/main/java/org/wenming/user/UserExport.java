package org.wenming.user;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.wenming.common.security.Role;

/** The columns of the users screen's CSV export. */
final class UserExport {

    static final List<String> HEADER = List.of("用户名", "姓名", "单位", "角色", "状态", "最近登录");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private UserExport() {}

    static List<String> cells(UserView user) {
        return List.of(
                user.username(),
                user.displayName(),
                user.orgUnitName() == null ? "" : user.orgUnitName(),
                user.roles().stream().sorted().map(Role::label).collect(Collectors.joining("、")),
                user.enabled() ? "正常" : "已停用",
                user.lastLoginAt() == null ? "从未登录" : TIME.format(user.lastLoginAt()));
    }
}
