package io.switchboard.application.view;

public record ImportResult(int imported, String firstNumber, String lastNumber) {}
