package io.switchboard.interfaces.rest.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The operation takes a multipart/form-data upload with one file in the named part. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Upload {

    /** The form part that carries the file. */
    String part() default "file";
}
