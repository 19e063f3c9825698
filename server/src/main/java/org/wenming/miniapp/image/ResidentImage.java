package org.wenming.miniapp.image;

import java.util.Arrays;
import org.springframework.web.multipart.MultipartFile;
import org.wenming.common.error.ApiException;
import org.wenming.common.error.ErrorCode;

/** An uploaded PNG or JPEG, recognised by its first bytes rather than by what the client claims. */
public record ResidentImage(byte[] bytes, Type type) {

    public enum Type {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        static Type ofExtension(String extension) {
            return Arrays.stream(values())
                    .filter(t -> t.extension.equals(extension))
                    .findFirst()
                    .orElseThrow();
        }
    }

    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    /** Reads an upload, refusing empty, oversized and non-image files with a problem residents understand. */
    public static ResidentImage of(MultipartFile file, long maxBytes, String what) {
        if (file == null || file.isEmpty()) {
            throw new ApiException(ErrorCode.MISSING_PARAMETER, "请上传" + what);
        }
        if (file.getSize() > maxBytes) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, what + "不能超过 " + maxBytes / 1024 / 1024 + " MB");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (java.io.IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, what + "读取失败，请重新上传");
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return new ResidentImage(bytes, Type.PNG);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return new ResidentImage(bytes, Type.JPEG);
        }
        throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, what + "只能是 JPG 或 PNG 图片");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
