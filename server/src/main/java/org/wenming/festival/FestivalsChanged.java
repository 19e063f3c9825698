package org.wenming.festival;

/**
 * Published in the transaction of every change to the festival rules, which residents read on the mini
 * program's home page (the upcoming festival). Listeners run synchronously inside that transaction.
 */
public record FestivalsChanged(String code) {}
