package org.wenming.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wenming.common.config.WenmingProperties;
import org.wenming.content.ContentService;
import org.wenming.media.MediaService;
import org.wenming.org.OrgUnit;
import org.wenming.org.OrgUnitService;
import org.wenming.org.OrgUnitType;
import org.wenming.support.AdminApi;
import org.wenming.support.IntegrationTest;

@IntegrationTest
class ContentPackImporterTest {

    private static final List<String> SEED_BRAND_PROJECTS =
            List.of("六联六建", "阳光八送", "爱理发", "线上有理公开课", "微宣讲", "双阳互助", "我为群众唱大戏", "蒲公英宣讲", "文明积分进万家", "思政小课堂");

    @Autowired
    ContentPackImporter importer;

    @Autowired
    OrgUnitService units;

    @Autowired
    AdminApi api;

    @Autowired
    ContentService contents;

    @Autowired
    MediaService media;

    @Autowired
    Validator validator;

    @Autowired
    WenmingProperties properties;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void importingAgainAddsNothing() {
        int unitsBefore = units.all().size();
        long itemsBefore = totalItems();

        ContentPackImporter.ImportReport report = importer.importPack();

        assertThat(report.newItems()).isZero();
        assertThat(units.all()).hasSize(unitsBefore);
        assertThat(totalItems()).isEqualTo(itemsBefore);
    }

    @Test
    void aStartWithThePackAlreadyImportedSkipsTheImport() {
        assertThat(importer.importIfChanged()).isEmpty();
        assertThat(importer.fingerprint()).hasSize(64).isEqualTo(importer.fingerprint());
    }

    @Test
    void naimanBannerTreeIsImportedWithVillagesMarkedAsSamples() {
        OrgUnit banner = units.findByCode("naiman").orElseThrow();
        assertThat(banner.getType()).isEqualTo(OrgUnitType.BANNER);
        assertThat(banner.getSampleData()).isFalse();
        assertThat(units.all())
                .filteredOn(u -> u.getType() == OrgUnitType.TOWNSHIP)
                .extracting(OrgUnit::getName)
                .contains("大沁他拉镇", "八仙筒镇", "明仁苏木");
        assertThat(units.all())
                .filteredOn(u -> u.getType() == OrgUnitType.VILLAGE)
                .allMatch(u -> u.getSampleData() && u.getPath().startsWith(banner.getPath()));
    }

    @Test
    void theSeedsBrandProjectsArePublishedSamples() {
        JsonNode brands =
                api.read(api.admin().get("/api/admin/v1/contents?kind=BRAND_PROJECT&status=PUBLISHED&size=100"));
        List<JsonNode> samples = new java.util.ArrayList<>();
        brands.get("items").forEach(item -> {
            if (item.get("sample").asBoolean()) {
                samples.add(item);
            }
        });
        assertThat(samples)
                .extracting(item -> item.get("title").asText())
                .containsExactlyInAnyOrderElementsOf(SEED_BRAND_PROJECTS);
        assertThat(samples).extracting(item -> item.get("origin").asText()).containsOnly("ORIGINAL", "NEW");
    }

    @Test
    void aPackWithAnInvalidItemImportsNothingOfIt(@TempDir Path pack) throws Exception {
        Files.writeString(pack.resolve("org-units.yaml"), """
                units:
                  - code: naiman
                    name: 奈曼旗
                    type: BANNER
                    sample: false
                    children:
                      - code: rollback-test-unit
                        name: 回滚测试单位
                        type: DEPARTMENT
                        sample: true
                """);
        Files.writeString(pack.resolve("brand-projects.yaml"), "items: []\n");
        Files.writeString(pack.resolve("contents.yaml"), """
                items:
                  - importKey: rollback-test-valid
                    kind: FESTIVAL_ITEM
                    title: 先导入的有效条目
                    summary: 这一条本身有效
                    body: "<p>有效</p>"
                    orgUnit: naiman
                    language: zh
                  - importKey: rollback-test-invalid
                    kind: FESTIVAL_ITEM
                    title: 活动时间在公元前的条目
                    summary: 这一条的日期不合理
                    body: "<p>无效</p>"
                    orgUnit: naiman
                    language: zh
                    activityTime: "-0005-06-01T08:00:00"
                """);
        ContentPackImporter folderImporter = folderImporter(pack);

        // As StartupTasks runs it: inside the start-up transaction.
        assertThatThrownBy(() -> new TransactionTemplate(transactionManager)
                        .executeWithoutResult(tx -> folderImporter.importPack()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("rollback-test-invalid");

        assertThat(units.findByCode("rollback-test-unit")).isEmpty();
        assertThat(contents.isImported("rollback-test-valid")).isFalse();
    }

    @Test
    void aChangedPackIsImportedAgainAndAnUnchangedOneIsNot(@TempDir Path pack) throws Exception {
        ContentPackImporter folderImporter = folderImporter(pack);
        writeOneUnitPack(pack, "changed-pack-first");

        // Inside a transaction rolled back at the end, so the shared database keeps the classpath pack's state.
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            assertThat(folderImporter.importIfChanged()).isPresent();
            assertThat(folderImporter.importIfChanged()).isEmpty();

            writeOneUnitPack(pack, "changed-pack-second");
            assertThat(folderImporter.importIfChanged()).isPresent();
            assertThat(units.findByCode("changed-pack-second")).isPresent();
            tx.setRollbackOnly();
        });

        assertThat(units.findByCode("changed-pack-first")).isEmpty();
        assertThat(importer.importIfChanged()).isEmpty();
    }

    private static void writeOneUnitPack(Path pack, String unitCode) {
        try {
            Files.writeString(pack.resolve("org-units.yaml"), """
                    units:
                      - code: naiman
                        name: 奈曼旗
                        type: BANNER
                        sample: false
                        children:
                          - code: %s
                            name: 换包测试单位
                            type: DEPARTMENT
                            sample: true
                    """.formatted(unitCode));
            Files.writeString(pack.resolve("brand-projects.yaml"), "items: []\n");
            Files.writeString(pack.resolve("contents.yaml"), "items: []\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An importer of the pack in {@code folder} instead of the classpath's, over the shared database. */
    private ContentPackImporter folderImporter(Path folder) {
        WenmingProperties fromFolder = new WenmingProperties(
                properties.dataDir(),
                properties.zone(),
                properties.admin(),
                properties.security(),
                properties.workflow(),
                new WenmingProperties.ContentPack(false, folder.toString(), false),
                properties.mini(),
                properties.publicBaseUrl());
        return new ContentPackImporter(units, contents, media, validator, fromFolder, jdbc, clock);
    }

    private long totalItems() {
        return api.read(api.admin().get("/api/admin/v1/contents?size=1"))
                .get("total")
                .asLong();
    }
}
