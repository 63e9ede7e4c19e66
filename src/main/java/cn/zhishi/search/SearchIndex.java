package cn.zhishi.search;

import cn.zhishi.bulkload.LongProgress;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.UsageTrackingQueryCachingPolicy;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Lucene index under {@code ${zhishi.data-dir}/index}: opened on first use (a command that does not
 * search never takes its write lock), updated per cadre and visible to searches at once (near-real-time
 * reader), committed every few seconds and at shutdown. The commit carries a token also stored in
 * {@code search_index_state}: when the two differ, the index was built from another database and is
 * rebuilt ({@link #ensureBuiltFromThisDatabase}).
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final int BATCH = 250;

    /**
     * Conditions and exact phrases are filters; a filter asked for the second time is kept as a bitset per
     * segment (Lucene's LRU query cache, dropped with the segment), so the jurisdiction, a popular phrase
     * or condition costs one pass, not one per search. Lucene's default waits for five uses.
     */
    private static final QueryCachingPolicy FILTERS_ON_SECOND_USE = new UsageTrackingQueryCachingPolicy() {
        @Override
        protected int minFrequencyToCache(Query query) {
            return query instanceof TermQuery ? super.minFrequencyToCache(query) : 2;
        }
    };

    private final Path dir;
    private final CadreDocuments documents;
    private final JdbcTemplate jdbc;
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private volatile boolean dirty;
    private java.util.concurrent.ScheduledExecutorService committer;

    SearchIndex(@Value("${zhishi.data-dir}") String dataDir, CadreDocuments documents, JdbcTemplate jdbc) {
        this.dir = Path.of(dataDir).resolve("index");
        this.documents = documents;
        this.jdbc = jdbc;
    }

    private synchronized IndexWriter writer() {
        if (writer == null) {
            try {
                directory = FSDirectory.open(dir);
                IndexWriterConfig config = new IndexWriterConfig(SearchFields.analyzer());
                config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
                config.setRAMBufferSizeMB(64);
                writer = new IndexWriter(directory, config);
                searchers = new SearcherManager(writer, new SearcherFactory() {
                    @Override
                    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                        IndexSearcher s = new IndexSearcher(reader);
                        s.setQueryCachingPolicy(FILTERS_ON_SECOND_USE);
                        return s;
                    }
                });
                committer = Executors.newSingleThreadScheduledExecutor(r -> {
                    Thread t = new Thread(r, "search-index-commit");
                    t.setDaemon(true);
                    return t;
                });
                committer.scheduleWithFixedDelay(this::commitIfDirty, 5, 5, java.util.concurrent.TimeUnit.SECONDS);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index in " + dir, e);
            }
        }
        return writer;
    }

    /** Rebuilds unless the index was built from this database and holds as many cadres as it. */
    public synchronized void ensureBuiltFromThisDatabase() {
        String dbToken = jdbc.query("select token from search_index_state where id = 1",
                rs -> rs.next() ? rs.getString(1) : null);
        String indexToken = null;
        try (Directory d = FSDirectory.open(dir)) {
            if (writer != null) {
                indexToken = currentToken();
            } else if (DirectoryReader.indexExists(d)) {
                indexToken = SegmentInfos.readLatestCommit(d).getUserData().get("token");
            }
        } catch (IOException e) {
            log.warn("search index unreadable, rebuilding: {}", e.toString());
        }
        Long cadres = jdbc.queryForObject("select count(*) from cadre", Long.class);
        if (dbToken != null && dbToken.equals(indexToken) && cadres != null && cadres == documentCount()) {
            return;
        }
        log.info("search index not built from this database: rebuilding");
        rebuild(LongProgress.silent());
    }

    private String currentToken() {
        for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
            if (e.getKey().equals("token")) {
                return e.getValue();
            }
        }
        return null;
    }

    /** Drops the index and builds it again from the database, with two threads; answers the documents written. */
    public synchronized long rebuild(LongProgress progress) {
        IndexWriter w = writer();
        List<Long> ids = jdbc.queryForList("select id from cadre order by id", Long.class);
        progress.total(ids.size());
        AtomicLong done = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            w.deleteAll();
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < ids.size(); i += BATCH) {
                List<Long> batch = ids.subList(i, Math.min(ids.size(), i + BATCH));
                work.add(pool.submit(() -> {
                    List<Document> docs = documents.build(batch);
                    w.addDocuments(docs);
                    progress.advance(done.addAndGet(docs.size()));
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            // one segment: the facets and conditions then read one set of doc values per query, not one
            // per segment the two writer threads left behind (a rebuilt index is read far more than written)
            w.forceMerge(1);
            String token = UUID.randomUUID().toString();
            w.setLiveCommitData(Map.of("token", token).entrySet());
            w.commit();
            jdbc.update("delete from search_index_state where id = 1");
            jdbc.update("insert into search_index_state (id, token) values (1, ?)", token);
            searchers.maybeRefreshBlocking();
            dirty = false;
        } catch (Exception e) {
            throw new IllegalStateException("rebuilding the search index failed", e);
        } finally {
            pool.shutdown();
        }
        progress.finish();
        return done.get();
    }

    /** Re-reads the given cadres from the database (removing those that no longer exist); visible at once. */
    public void update(Collection<Long> cadreIds) {
        IndexWriter w = writer();
        try {
            List<Document> docs = documents.build(cadreIds);
            for (Long id : cadreIds) {
                w.deleteDocuments(new Term(SearchFields.ID, Long.toString(id)));
            }
            w.addDocuments(docs);
            searchers.maybeRefreshBlocking();
            dirty = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long documentCount() {
        try {
            IndexSearcher s = acquire();
            try {
                return s.getIndexReader().numDocs();
            } finally {
                release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexSearcher acquire() throws IOException {
        writer();
        searchers.maybeRefresh();
        return searchers.acquire();
    }

    void release(IndexSearcher s) throws IOException {
        searchers.release(s);
    }

    private synchronized void commitIfDirty() {
        if (dirty && writer != null) {
            try {
                dirty = false;
                writer.commit();
            } catch (IOException | RuntimeException e) {
                log.warn("search index commit failed: {}", e.toString());
            }
        }
    }

    @PreDestroy
    synchronized void close() throws IOException {
        if (writer != null) {
            committer.shutdownNow();
            commitIfDirty();
            searchers.close();
            writer.close();
            directory.close();
            writer = null;
        }
    }
}
