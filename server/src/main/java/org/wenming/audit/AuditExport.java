package org.wenming.audit;

import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/** The columns of the audit log's CSV export. */
final class AuditExport {

    static final List<String> HEADER = List.of("时间", "操作人", "账号", "操作", "对象类型", "对象编号", "对象名称", "详情", "IP 地址");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private AuditExport() {}

    static List<String> cells(AuditView entry) {
        // Arrays.asList keeps the null cells (no object, no address) that List.of refuses.
        return Arrays.asList(
                TIME.format(entry.createdAt()),
                entry.actorName(),
                entry.actorUsername(),
                AuditLabels.action(entry.action()),
                AuditLabels.targetType(entry.targetType()),
                entry.targetId(),
                entry.targetName(),
                entry.detail(),
                entry.ip());
    }
}
