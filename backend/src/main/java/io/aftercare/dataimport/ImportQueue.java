package io.aftercare.dataimport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This replica's import workers: a few threads, so that imports never take more than a few of the pool's database
 * connections; further jobs wait QUEUED. Jobs it holds are remembered, so that watching a queued job does not
 * mistake it for an abandoned one.
 */
@ApplicationScoped
public class ImportQueue {

    private static final Logger LOG = Logger.getLogger(ImportQueue.class);

    private final ImportProcessor processor;
    private final ExecutorService workers;
    private final Set<UUID> here = ConcurrentHashMap.newKeySet();

    public ImportQueue(ImportProcessor processor, @ConfigProperty(name = "aftercare.import.workers", defaultValue = "2") int workers) {
        this.processor = processor;
        AtomicInteger number = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "csv-import-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    void submit(UUID tenant, UUID jobId, UUID claim) {
        here.add(jobId);
        workers.execute(() -> {
            try {
                processor.process(tenant, jobId, claim);
            } catch (RuntimeException e) {
                LOG.errorf(e, "Import %s stopped", jobId);
            } finally {
                here.remove(jobId);
            }
        });
    }

    boolean isHere(UUID jobId) {
        return here.contains(jobId);
    }

    /** Running jobs stop after their current batch or at once; they resume when someone next watches them. */
    @PreDestroy
    void stop() {
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
