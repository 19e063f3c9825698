package org.wenming.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import org.wenming.content.ContentKind;
import org.wenming.support.IntegrationTest;
import org.wenming.support.TestProfiles;

/** The contract on the embedded Lucene index, plus what only a folder on disk has to get right. */
@Tag(TestProfiles.DATABASE_NEUTRAL)
@IntegrationTest
class LuceneSearchIndexTest extends SearchIndexContract {

    private Path folder;
    private final List<Path> others = new ArrayList<>();

    @Override
    protected SearchIndex newIndex() {
        try {
            folder = Files.createTempDirectory("wenming-lucene-contract");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return new LuceneSearchIndex(folder);
    }

    @Override
    protected void dispose(SearchIndex index) {
        ((LuceneSearchIndex) index).destroy();
        if (index == this.index) {
            FileSystemUtils.deleteRecursively(folder.toFile());
            others.forEach(other -> FileSystemUtils.deleteRecursively(other.toFile()));
        }
    }

    @Override
    protected SearchIndex open(String name, int schemaVersion) {
        Path other = folder.resolveSibling(folder.getFileName() + "-" + name);
        others.add(other);
        return new LuceneSearchIndex(other, schemaVersion);
    }

    @Test
    void indexSurvivesARestartAndARebuildLeavesOneFolder() throws IOException {
        Path other = Files.createTempDirectory("wenming-lucene-restart");
        LuceneSearchIndex first = new LuceneSearchIndex(other);
        first.apply(List.of(new SearchDocument(
                1,
                1,
                true,
                ContentKind.POSTER,
                "zh",
                1L,
                null,
                List.of(),
                "重启后仍在",
                null,
                null,
                null,
                null,
                null,
                past(),
                Long.MAX_VALUE)));
        try (SearchIndex.Rebuild rebuild = first.beginRebuild()) {
            rebuild.load(List.of(new SearchDocument(
                    2,
                    1,
                    true,
                    ContentKind.POSTER,
                    "zh",
                    1L,
                    null,
                    List.of(),
                    "重建后的内容",
                    null,
                    null,
                    null,
                    null,
                    null,
                    past(),
                    Long.MAX_VALUE)));
            rebuild.switchOver();
        }
        first.destroy();

        LuceneSearchIndex reopened = new LuceneSearchIndex(other);
        try {
            assertThat(ids(reopened.search(query("重建后的内容", 5)))).containsExactly(2L);
            assertThat(ids(reopened.search(query("重启后仍在", 5)))).isEmpty();
            try (var children = Files.list(other)) {
                assertThat(children.filter(Files::isDirectory)).hasSize(1);
            }
        } finally {
            reopened.destroy();
            FileSystemUtils.deleteRecursively(other.toFile());
        }
    }
}
