package org.borderledger.consignment.api;

/**
 * One line of the account of a party hit, as recorded in the screening event: a declared word, the
 * listed word it was taken for, and how ({@code SAME}, {@code TRANSLITERATION}, {@code SPELLING},
 * {@code ROMANISATION}, {@code KAZAKH_LATIN}, {@code LOANWORD}, {@code INITIAL}, {@code JOINED},
 * {@code LEGAL_FORM}, {@code NO_COUNTERPART}, {@code IDENTIFIER}). Either word is empty when it has
 * no counterpart. {@code how} is kept as text so that a reader of old events never meets an unknown
 * constant.
 */
public record MatchedWord(String declared, String listed, String how) {
}
