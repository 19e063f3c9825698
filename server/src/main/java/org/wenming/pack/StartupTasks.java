package org.wenming.pack;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wenming.common.config.StartupPhase;
import org.wenming.common.config.WenmingProperties;
import org.wenming.miniapp.image.ResidentImageFolderUpgrade;
import org.wenming.user.AdminBootstrap;

/**
 * On start: move residents' images left by an older release into media storage, import the content pack when
 * configured and changed since its last import, then make sure an administrator exists. All of it in one
 * transaction holding the start-up lock row, so instances starting together on an empty database take turns:
 * the second finds the work done.
 */
@Component
class StartupTasks implements ApplicationRunner {

    /** A lock wait ends with the database's own timeout (50 s on InnoDB); an import may take longer. */
    private static final Duration MAX_WAIT = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(StartupTasks.class);

    private final ResidentImageFolderUpgrade imageFolderUpgrade;
    private final ContentPackImporter importer;
    private final AdminBootstrap adminBootstrap;
    private final WenmingProperties.ContentPack settings;
    private final ConfigurableApplicationContext context;
    private final StartupLock lock;
    private final TransactionTemplate transactions;

    public StartupTasks(
            ResidentImageFolderUpgrade imageFolderUpgrade,
            ContentPackImporter importer,
            AdminBootstrap adminBootstrap,
            WenmingProperties properties,
            ConfigurableApplicationContext context,
            StartupLock lock,
            PlatformTransactionManager transactionManager) {
        this.imageFolderUpgrade = imageFolderUpgrade;
        this.importer = importer;
        this.adminBootstrap = adminBootstrap;
        this.settings = properties.contentPack();
        this.context = context;
        this.lock = lock;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (true) {
            try {
                transactions.executeWithoutResult(tx -> runLocked());
                break;
            } catch (PessimisticLockingFailureException | QueryTimeoutException lockWaitTimedOut) {
                if (System.nanoTime() > deadline) {
                    throw lockWaitTimedOut;
                }
                log.info("Another instance is running its start-up tasks; waiting for it");
            }
        }
        if (settings.exitAfterImport()) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    private void runLocked() {
        lock.acquire();
        // First, so residents' images are served again before the instance reports itself ready.
        imageFolderUpgrade.run();
        if (settings.importOnStart()) {
            StartupPhase.timed("import", importer::importIfChanged);
        }
        adminBootstrap.ensureAdministrator();
    }
}
