package org.wenming.audit;

import java.util.Map;

/**
 * The Chinese names of the audit log's actions and object types, for the export that administrators open in
 * Excel. The console shows the same names (admin-ui/src/domain/audit.js); a code without a name is written as is.
 */
final class AuditLabels {

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("LOGIN", "登录"),
            Map.entry("LOGOUT", "退出登录"),
            Map.entry("LOGIN_FAILED", "登录失败"),
            Map.entry("ACCOUNT_LOCKED", "账号锁定"),
            Map.entry("USER_CREATE", "新建用户"),
            Map.entry("USER_UPDATE", "修改用户"),
            Map.entry("USER_PASSWORD_RESET", "重置密码"),
            Map.entry("PASSWORD_CHANGED", "修改本人密码"),
            Map.entry("PASSWORD_CHANGE_FAILED", "修改密码时当前密码错误"),
            Map.entry("CONTENT_CREATE", "新建内容"),
            Map.entry("CONTENT_UPDATE", "修改内容"),
            Map.entry("CONTENT_DELETE", "删除内容"),
            Map.entry("CONTENT_RESTORE", "恢复历史版本"),
            Map.entry("CONTENT_SUBMIT", "提交审核"),
            Map.entry("CONTENT_WITHDRAW", "撤回提交"),
            Map.entry("CONTENT_APPROVE", "审核通过"),
            Map.entry("CONTENT_REJECT", "退回"),
            Map.entry("CONTENT_PUBLISH", "发布"),
            Map.entry("CONTENT_SCHEDULE", "定时发布"),
            Map.entry("CONTENT_OFFLINE", "下线"),
            Map.entry("CONTENT_REVISE", "修改已发布内容（待审核）"),
            Map.entry("CONTENT_REVISION_APPROVE", "修改审核通过"),
            Map.entry("CONTENT_REVISION_APPLY", "修改审核通过并替换线上版本"),
            Map.entry("CONTENT_REVISION_REJECT", "退回修改"),
            Map.entry("CONTENT_REVISION_WITHDRAW", "撤回修改"),
            Map.entry("ORG_UNIT_CREATE", "新建单位"),
            Map.entry("ORG_UNIT_UPDATE", "修改单位"),
            Map.entry("ORG_UNIT_DELETE", "删除单位"),
            Map.entry("FESTIVAL_CREATE", "新建节日"),
            Map.entry("FESTIVAL_UPDATE", "修改节日"),
            Map.entry("FESTIVAL_DELETE", "删除节日"),
            Map.entry("REVIEW_LEVELS_SET", "设置审核级数"),
            Map.entry("SUBMISSION_APPROVED", "采用投稿"),
            Map.entry("SUBMISSION_REJECTED", "不采用投稿"),
            Map.entry("SEARCH_REINDEX", "重建搜索索引"),
            Map.entry("SEARCH_RECONCILE", "校对搜索索引"),
            Map.entry("STATION_CREATE", "新建广播站"),
            Map.entry("STATION_UPDATE", "修改广播站"),
            Map.entry("STATION_KEY_ROTATE", "重置广播站密钥"),
            Map.entry("SCHEDULE_CREATE", "新建播出计划"),
            Map.entry("SCHEDULE_UPDATE", "修改播出计划"),
            Map.entry("SCHEDULE_DELETE", "删除播出计划"),
            Map.entry("URGENT_CREATE", "新建紧急插播"),
            Map.entry("URGENT_END", "结束紧急插播"));

    private static final Map<String, String> TARGET_TYPES = Map.ofEntries(
            Map.entry("CONTENT", "内容"),
            Map.entry("USER", "用户"),
            Map.entry("ORG_UNIT", "组织单位"),
            Map.entry("FESTIVAL", "节日"),
            Map.entry("SETTING", "系统设置"),
            Map.entry("SUBMISSION", "群众投稿"),
            Map.entry("SEARCH_INDEX", "搜索索引"),
            Map.entry("STATION", "广播站"),
            Map.entry("SCHEDULE", "播出计划"),
            Map.entry("URGENT", "紧急插播"));

    private AuditLabels() {}

    static String action(String code) {
        return ACTIONS.getOrDefault(code, code);
    }

    static String targetType(String code) {
        return code == null ? "" : TARGET_TYPES.getOrDefault(code, code);
    }
}
