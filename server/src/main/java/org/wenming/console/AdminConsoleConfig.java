package org.wenming.console;

import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the admin console (module admin-ui, packed as classpath:/static/admin/) at /admin/. Its screens use
 * hash routing, so /admin/ is the only page; the built assets carry a content hash in their names and are
 * cached for a year, while index.html is revalidated so a new release shows at the next visit.
 */
@Configuration
class AdminConsoleConfig implements WebMvcConfigurer {

    static final String LOCATION = "classpath:/static/admin/";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/admin", "/admin/");
        registry.addViewController("/admin/").setViewName("forward:/admin/index.html");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/admin/assets/**")
                .addResourceLocations(LOCATION + "assets/")
                .setCacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        registry.addResourceHandler("/admin/**").addResourceLocations(LOCATION).setCacheControl(CacheControl.noCache());
    }
}
