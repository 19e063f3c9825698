package org.wenming.common.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;

/**
 * Bytes of a local file as a response body: sent by the container with sendfile where it offers it (zero
 * copy, the way nginx sends files), else copied. The response's headers must be complete before.
 */
public record FileRange(Path file, long start, long length) {

    private static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";

    public void send(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            request.setAttribute("org.apache.tomcat.sendfile.filename", file.toString());
            request.setAttribute("org.apache.tomcat.sendfile.start", start);
            request.setAttribute("org.apache.tomcat.sendfile.end", start + length);
            return;
        }
        try (FileChannel channel = FileChannel.open(file);
                OutputStream out = response.getOutputStream()) {
            WritableByteChannel target = Channels.newChannel(out);
            long sent = 0;
            while (sent < length) {
                long copied = channel.transferTo(start + sent, length - sent, target);
                if (copied <= 0) {
                    throw new IOException("The file " + file + " ended before its expected length");
                }
                sent += copied;
            }
        }
    }
}
