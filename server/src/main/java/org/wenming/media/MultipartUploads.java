package org.wenming.media;

import java.time.Instant;
import java.util.List;

/** Where {@link MinioStorage} notes the multipart uploads it has begun, until each completes or is aborted. */
public interface MultipartUploads {

    void begun(String uploadId, String objectName, Instant startedAt);

    void ended(String uploadId);

    List<Upload> startedBefore(Instant cutoff);

    record Upload(String uploadId, String objectName) {}
}
