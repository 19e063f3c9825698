package org.elasticsearch.plugins;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.elasticsearch.Build;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;

/**
 * Test support: loads plugins from the test classpath instead of a plugins folder, as Elasticsearch's own
 * test framework does. It lives in this package because the plugin records it builds are package-private.
 */
public class ClasspathPluginsService extends PluginsService {

    private final List<LoadedPlugin> classpathPlugins;

    public ClasspathPluginsService(Environment environment, Collection<Class<? extends Plugin>> pluginClasses) {
        super(environment.settings(), environment.configDir(), emptyLoader());
        Settings settings = environment.settings();
        this.classpathPlugins = pluginClasses.stream()
                .map(type -> new LoadedPlugin(
                        new PluginDescriptor(
                                type.getName(),
                                "classpath plugin",
                                "NA",
                                Build.current().version(),
                                Integer.toString(Runtime.version().feature()),
                                type.getName(),
                                null,
                                List.of(),
                                false,
                                false,
                                false,
                                false),
                        loadPlugin(type, settings, environment.configDir()),
                        ClasspathPluginsService.class.getClassLoader()))
                .toList();
        loadExtensions(classpathPlugins);
    }

    /** A loader of no plugin folders; the real one requires the server to run as a named module. */
    public static PluginsLoader emptyLoader() {
        return new PluginsLoader(Set.of(), Set.of(), Map.of());
    }

    @Override
    protected List<LoadedPlugin> plugins() {
        return classpathPlugins;
    }
}
