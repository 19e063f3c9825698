package org.wenming.support;

import java.util.List;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.elasticsearch.index.analysis.PreBuiltAnalyzerProviderFactory;
import org.elasticsearch.indices.analysis.PreBuiltCacheFactory;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The analyzers a production cluster has from its analysis-common module and the analysis-smartcn plugin,
 * under the same names, built from the same Lucene classes; neither module is published as a jar.
 */
public class ChineseAnalysisPlugin extends Plugin implements AnalysisPlugin {

    @Override
    public List<PreBuiltAnalyzerProviderFactory> getPreBuiltAnalyzerProviderFactories() {
        return List.of(
                new PreBuiltAnalyzerProviderFactory("cjk", PreBuiltCacheFactory.CachingStrategy.ONE, CJKAnalyzer::new),
                new PreBuiltAnalyzerProviderFactory(
                        "smartcn", PreBuiltCacheFactory.CachingStrategy.ONE, SmartChineseAnalyzer::new));
    }
}
