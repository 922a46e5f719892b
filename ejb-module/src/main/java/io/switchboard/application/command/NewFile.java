package io.switchboard.application.command;

/** A file as a person sent it: the name they gave and its bytes; the type is read from the bytes. */
public record NewFile(String name, byte[] content) {}
