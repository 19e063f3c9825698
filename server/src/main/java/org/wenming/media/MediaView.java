package org.wenming.media;

import java.util.Map;

/**
 * An uploaded file as the admin console sees it: the key to put into content, and where to preview it;
 * for audio, the state of its broadcast renditions (absent for images).
 */
record MediaView(
        String key,
        String url,
        String contentType,
        long sizeBytes,
        String sha256,
        Integer durationSeconds,
        Integer bitrateKbps,
        Integer width,
        Integer height,
        Map<Integer, String> thumbnailUrls,
        RenditionStatus renditions) {}
