package org.wenming;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Arrays;

/**
 * The directions a newcomer can rely on: features depend on the shared kernel, content on the features
 * it is made of, channels (mini program, stations, WeChat, console) on content, never the other way.
 */
@AnalyzeClasses(packages = "org.wenming", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {
        "org.wenming.audit..",
        "org.wenming.console..",
        "org.wenming.content..",
        "org.wenming.festival..",
        "org.wenming.media..",
        "org.wenming.miniapp..",
        "org.wenming.ops..",
        "org.wenming.org..",
        "org.wenming.pack..",
        "org.wenming.search..",
        "org.wenming.station..",
        "org.wenming.user..",
        "org.wenming.wechat.."
    };

    private static final String[] CHANNELS = {
        "org.wenming.miniapp..",
        "org.wenming.station..",
        "org.wenming.wechat..",
        "org.wenming.console..",
        "org.wenming.ops..",
        "org.wenming.search..",
        "org.wenming.pack.."
    };

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("org.wenming.common..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(FEATURES)
            .because("common holds errors, paging, security and configuration that every feature shares");

    @ArchTest
    static final ArchRule mediaKnowsNoContent = noClasses()
            .that()
            .resideInAPackage("org.wenming.media..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.wenming.content..")
            .because("content references media by key; media learns what is public through MediaVisibility");

    @ArchTest
    static final ArchRule contentKnowsNoChannel = noClasses()
            .that()
            .resideInAPackage("org.wenming.content..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(CHANNELS)
            .because("channels read content; content is told of them only through events and ports it owns");

    @ArchTest
    static final ArchRule wechatKnowsOnlyCommon = noClasses()
            .that()
            .resideInAPackage("org.wenming.wechat..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(featuresBut("org.wenming.wechat.."))
            .because("WeChat's HTTP API is plumbing that residents' features use, not a feature itself");

    private static String[] featuresBut(String own) {
        return Arrays.stream(FEATURES).filter(feature -> !feature.equals(own)).toArray(String[]::new);
    }

    @ArchTest
    static final ArchRule featuresFormNoCycles =
            slices().matching("org.wenming.(*)..").should().beFreeOfCycles();
}
