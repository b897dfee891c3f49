package org.borderledger.projection;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a projection whose handlers touch no table themselves: their writes go through a
 * {@link ProjectionWriter} and run together when the batch commits, where a failed statement is
 * isolated by {@link ProjectionWrites}. Such handlers need no savepoint of their own
 * ({@link HandlerSavepoints} leaves them alone).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface BatchedProjection {
}
