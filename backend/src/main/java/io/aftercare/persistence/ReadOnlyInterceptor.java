package io.aftercare.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionManager;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Runs a {@link ReadOnly} method in a read-only transaction of its own, or inside the caller's. */
@ReadOnly
@Interceptor
// Where @Transactional's interceptor sits: it takes its place on reads.
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 200)
public class ReadOnlyInterceptor {

    private final TransactionManager transactions;
    private final Session session;

    public ReadOnlyInterceptor(TransactionManager transactions, Session session) {
        this.transactions = transactions;
        this.session = session;
    }

    @AroundInvoke
    Object read(InvocationContext call) throws Exception {
        if (transactions.getStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return call.proceed();
        });
    }
}
