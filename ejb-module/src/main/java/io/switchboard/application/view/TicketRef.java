package io.switchboard.application.view;

public record TicketRef(long id, String number, String summary, StatusView status) {}
