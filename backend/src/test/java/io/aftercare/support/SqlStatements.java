package io.aftercare.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;

/** Counts the SQL statements the application prepares (statistics are on in the test profile only). */
@ApplicationScoped
public class SqlStatements {

    @Inject
    SessionFactory sessions;

    /** How many statements {@code work} made the application prepare. Tests run one request at a time. */
    public long during(Runnable work) {
        long before = sessions.getStatistics().getPrepareStatementCount();
        work.run();
        return sessions.getStatistics().getPrepareStatementCount() - before;
    }
}
