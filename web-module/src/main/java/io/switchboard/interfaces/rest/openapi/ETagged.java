package io.switchboard.interfaces.rest.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The operation answers with the resource's version as a strong ETag; on a GET it also honours
 * If-None-Match with 304. The contract declares the header (and the 304) from this mark.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ETagged {}
