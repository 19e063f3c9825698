package org.wenming.common.http;

/** Reads an If-None-Match header (RFC 9110 §13.1.2) with weak comparison, as a GET's revalidation uses. */
final class IfNoneMatch {

    private IfNoneMatch() {}

    static boolean matches(String header, String etag) {
        if (header == null || header.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String member : header.split(",")) {
            String candidate = member.strip();
            if (candidate.equals("*") || opaque(candidate).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
