package org.wenming.common.http;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The console's exports: CSV that Excel, as used in township offices, opens in Chinese (UTF-8 with a byte-order
 * mark, CRLF line ends), written row by row as the rows are read so a long list never sits in memory.
 */
public final class CsvFile {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";

    private CsvFile() {}

    /** The rows of an export, handed to the sink one at a time. */
    public interface Rows<T> {
        void forEach(Consumer<T> sink);
    }

    /** Answers the request with the rows as a CSV download named {@code filename}. */
    public static <T> void send(
            HttpServletResponse response,
            String filename,
            List<String> header,
            Rows<T> rows,
            Function<T, List<String>> cells)
            throws IOException {
        attachment(response, MEDIA_TYPE, filename);
        write(header, rows, cells, response.getOutputStream());
    }

    /** Marks the response as a file download of this type, with a Chinese file name browsers keep. */
    public static void attachment(HttpServletResponse response, String mediaType, String filename) {
        response.setContentType(mediaType);
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8)
                        .build()
                        .toString());
    }

    public static <T> void write(List<String> header, Rows<T> rows, Function<T, List<String>> cells, OutputStream out)
            throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        // The header is the feature's own Chinese column names, written as they are.
        writer.write(String.join(",", header) + "\r\n");
        try {
            rows.forEach(row -> {
                try {
                    writer.write(line(cells.apply(row)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
    }

    private static String line(List<String> cells) {
        return String.join(",", cells.stream().map(CsvFile::cell).toList()) + "\r\n";
    }

    /** Quotes every cell and neutralises leading formula characters, so a title cannot run in Excel. */
    private static String cell(String value) {
        String text = value == null ? "" : value;
        String safe = !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
