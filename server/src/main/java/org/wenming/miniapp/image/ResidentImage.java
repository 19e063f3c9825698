package org.wenming.miniapp.image;

import java.util.Arrays;

/** A resident's PNG or JPEG as stored: re-encoded by {@link ResidentImageStore#accept}, so only pixels. */
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
}
