package io.aftercare.persistence;

import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A read: put it instead of {@code @Transactional} on a method that only reads. Called outside a transaction, it runs
 * in one of its own whose Hibernate session loads entities read-only and never flushes (no snapshots kept, no dirty
 * checking at commit). Called inside a transaction (a write that reads), it joins that transaction unchanged.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ReadOnly {
}
