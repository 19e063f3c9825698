package org.wenming.support;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * After each test of the shared context: the clock is back to real time and caches are empty, so a test
 * that travelled in time leaves nothing cached "in the future" for the next one.
 */
public class ResetSharedState implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext extension) {
        ApplicationContext context = SpringExtension.getApplicationContext(extension);
        context.getBean(MutableClock.class).reset();
        CacheManager caches = context.getBean(CacheManager.class);
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }
}
