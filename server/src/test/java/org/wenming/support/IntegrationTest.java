package org.wenming.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one shared application context of the integration tests (same configuration, so Spring caches it).
 * It listens on a random port too, for tests that need real HTTP (ranges, sendfile, path handling).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Import({TestClockConfig.class, AdminApi.class, MiniApi.class, ApiContract.class, SameAnswer.class})
@ExtendWith({ResetSharedState.class, SampleMedia.class})
public @interface IntegrationTest {}
