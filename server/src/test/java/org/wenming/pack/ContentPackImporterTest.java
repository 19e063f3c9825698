package org.wenming.pack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

    private long totalItems() {
        return api.read(api.admin().get("/api/admin/v1/contents?size=1"))
                .get("total")
                .asLong();
    }
}
