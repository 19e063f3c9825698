package org.wenming.media;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.util.StringUtils;

/** The storage adapter of the profile: a local folder by default, MinIO under {@code minio} (part of prod). */
@Configuration(proxyBeanMethods = false)
class MediaStorageConfig {

    @Bean
    @Profile("!minio")
    MediaStorage localFolderStorage(MediaProperties properties) {
        return new LocalFolderStorage(Path.of(properties.localDir()));
    }

    @Bean
    @Profile("minio")
    MediaStorage minioStorage(MediaProperties properties, MultipartUploadMapper inProgress) {
        MediaProperties.Minio minio = properties.minio();
        if (!StringUtils.hasText(minio.endpoint()) || !StringUtils.hasText(minio.accessKey())) {
            throw new IllegalStateException(
                    "MinIO storage needs WENMING_MINIO_ENDPOINT, WENMING_MINIO_ACCESS_KEY and WENMING_MINIO_SECRET_KEY");
        }
        if (minio.delivery() == MediaProperties.Delivery.PUBLIC_URL && !StringUtils.hasText(minio.publicBaseUrl())) {
            throw new IllegalStateException("MinIO delivery PUBLIC_URL needs WENMING_MINIO_PUBLIC_BASE_URL");
        }
        MinioStorage storage = new MinioStorage(minio, inProgress);
        storage.ensureBucketOnStart();
        return storage;
    }
}
