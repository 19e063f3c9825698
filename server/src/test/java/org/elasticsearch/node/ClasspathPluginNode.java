package org.elasticsearch.node;

import java.util.Collection;
import java.util.Map;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.ClasspathPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * Test support: a real Elasticsearch node whose plugins (HTTP transport, analyzers) come from the test
 * classpath. In this package because the node's construction hooks are package-private.
 */
public class ClasspathPluginNode extends Node {

    public ClasspathPluginNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "test-node"),
                ClasspathPluginsService.emptyLoader(),
                new NodeServiceProvider() {
                    @Override
                    PluginsService newPluginService(Environment environment, PluginsLoader loader) {
                        return new ClasspathPluginsService(environment, plugins);
                    }
                },
                false));
    }

    @Override
    protected void configureNodeAndClusterIdStateListener(
            org.elasticsearch.cluster.service.ClusterService clusterService) {
        // The listener is a JVM-wide singleton; one node per JVM never needs it.
    }
}
