package org.vietlao.linkage.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The business error codes an API handler can answer with, beyond the ones every operation of its kind can
 * meet (no token, a malformed body, a parameter of the wrong type...). The OpenAPI description lists each
 * under its HTTP status as {@code application/problem+json}. Codes already named in an
 * {@code @ApiResponse} description ("ENT-011: no such enterprise") need not be repeated here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ErrorCodes {

    ErrorCode[] value();
}
