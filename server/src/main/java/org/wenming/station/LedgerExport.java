package org.wenming.station;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

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
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write(String.join(",", HEADER) + "\r\n");
        try {
            source.forEach(entry -> {
                try {
                    writer.write(String.join(
                                    ",",
                                    cells(entry).stream()
                                            .map(LedgerExport::csvCell)
                                            .toList()) + "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
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

    /** Quotes every cell and neutralises leading formula characters, so a title cannot run in Excel. */
    private static String csvCell(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
