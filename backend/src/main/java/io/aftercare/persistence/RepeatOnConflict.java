package io.aftercare.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation is one transaction that touches nothing outside the database, so when it loses a race with a
 * concurrent one (serialisation failure, deadlock, or a unique key taken meanwhile) it is run once more, from the
 * start, in a new transaction: the second run sees the winner's row and answers as the operation does when the row
 * exists (a replay, or a 409 from its own rule). Put it beside {@code @Transactional}; nested calls are not repeated.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RepeatOnConflict {
}
