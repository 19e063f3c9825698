package org.wenming.content;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The columns of the content list's CSV export, as an editor reads them in Excel. */
final class ContentExport {

    static final List<String> HEADER = List.of("编号", "标题", "类型", "状态", "单位", "作者", "标签", "语言", "时长", "发布时间", "更新时间");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ContentExport() {}

    static List<String> cells(ContentView item) {
        return List.of(
                String.valueOf(item.id()),
                item.title(),
                item.kindLabel(),
                item.statusLabel(),
                item.orgUnitName(),
                item.authorName() == null ? "" : item.authorName(),
                String.join("、", item.tags()),
                "mn".equals(item.language()) ? "蒙古文" : "中文",
                duration(item.audio().durationSeconds()),
                time(item.publishedAt()),
                time(item.updatedAt()));
    }

    /** A duration as the console and the mini program show it: 3:05, or 1:02:05 from an hour on. */
    static String duration(Integer seconds) {
        if (seconds == null) {
            return "";
        }
        int hours = seconds / 3600;
        int minutes = seconds % 3600 / 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format("%d:%02d", minutes, seconds % 60);
    }

    private static String time(LocalDateTime at) {
        return at == null ? "" : TIME.format(at);
    }
}
