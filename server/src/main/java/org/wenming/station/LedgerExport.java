package org.wenming.station;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.wenming.common.http.CsvFile;

/** Writes ledger lines as CSV (UTF-8 with BOM, so Excel shows Chinese) or as an .xlsx workbook, streaming. */
final class LedgerExport {

    static final List<String> HEADER =
            List.of("日期", "开始时间", "结束时间", "播放结果", "广播站编码", "广播站", "所在村嘎查", "所属苏木乡镇", "内容编号", "内容标题", "时段");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private LedgerExport() {}

    interface Source {
        void forEach(Consumer<LedgerEntry> sink);
    }

    static void csv(Source source, OutputStream out) throws IOException {
        CsvFile.write(HEADER, source::forEach, LedgerExport::cells, out);
    }

    static void xlsx(Source source, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet("播放台账");
            write(sheet.createRow(0), HEADER);
            int[] next = {1};
            source.forEach(entry -> write(sheet.createRow(next[0]++), cells(entry)));
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static void write(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }

    private static List<String> cells(LedgerEntry e) {
        return List.of(
                e.date().toString(),
                TIME.format(e.startedAt()),
                e.finishedAt() == null ? "" : TIME.format(e.finishedAt()),
                e.resultLabel(),
                e.stationCode(),
                e.stationName(),
                e.village(),
                e.township(),
                String.valueOf(e.contentId()),
                e.title(),
                e.slotTime() == null ? "" : e.slotTime());
    }
}
