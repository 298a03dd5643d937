package io.aftercare.persistence;

import io.aftercare.problem.DatabaseFailure;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

/** Runs a {@link RepeatOnConflict} operation a second time when its own transaction lost a race. */
@RepeatOnConflict
@Interceptor
// Outside the @Transactional interceptor (PLATFORM_BEFORE + 200), so each run gets a transaction of its own.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RepeatOnConflictInterceptor {

    private static final Logger LOG = Logger.getLogger(RepeatOnConflictInterceptor.class);

    private final TransactionManager transactions;

    public RepeatOnConflictInterceptor(TransactionManager transactions) {
        this.transactions = transactions;
    }

    @AroundInvoke
    Object repeatOnce(InvocationContext call) throws Exception {
        if (insideTransaction()) {
            return call.proceed();
        }
        try {
            return call.proceed();
        } catch (RuntimeException first) {
            boolean lostRace = DatabaseFailure.of(first)
                    .filter(f -> f.is(DatabaseFailure.Kind.CONCURRENT_UPDATE) || f.is(DatabaseFailure.Kind.DUPLICATE))
                    .isPresent();
            if (!lostRace) {
                throw first;
            }
            LOG.debugf("%s lost a race (%s); running it once more", call.getMethod().getName(), first.toString());
            return call.proceed();
        }
    }

    private boolean insideTransaction() throws SystemException {
        return transactions.getStatus() != Status.STATUS_NO_TRANSACTION;
    }
}
