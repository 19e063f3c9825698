package org.wenming.pack;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.wenming.common.config.StartupPhase;
import org.wenming.common.config.WenmingProperties;
import org.wenming.miniapp.image.ResidentImageFolderUpgrade;
import org.wenming.user.AdminBootstrap;

/**
 * On start: move residents' images left by an older release into media storage, import the content pack when
 * configured and changed since its last import, then make sure an administrator exists.
 */
@Component
class StartupTasks implements ApplicationRunner {

    private final ResidentImageFolderUpgrade imageFolderUpgrade;
    private final ContentPackImporter importer;
    private final AdminBootstrap adminBootstrap;
    private final WenmingProperties.ContentPack settings;
    private final ConfigurableApplicationContext context;

    public StartupTasks(
            ResidentImageFolderUpgrade imageFolderUpgrade,
            ContentPackImporter importer,
            AdminBootstrap adminBootstrap,
            WenmingProperties properties,
            ConfigurableApplicationContext context) {
        this.imageFolderUpgrade = imageFolderUpgrade;
        this.importer = importer;
        this.adminBootstrap = adminBootstrap;
        this.settings = properties.contentPack();
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // First, so residents' images are served again before the instance reports itself ready.
        imageFolderUpgrade.run();
        if (settings.importOnStart()) {
            StartupPhase.timed("import", importer::importIfChanged);
        }
        adminBootstrap.ensureAdministrator();
        if (settings.exitAfterImport()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }
}
