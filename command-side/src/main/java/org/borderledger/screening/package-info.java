/**
 * Screening: a pure function of a declaration and one version of the reference lists.
 *
 * <p>Goods are checked against dated controlled-goods measures (HS prefix, destination and route
 * countries, legal basis), parties against a denied-party list with normalised, transliterated and
 * fuzzily compared names. The outcome records the list version, every hit and the channel, so that
 * a replay of the same declaration against the same version gives the same answer.
 */
package org.borderledger.screening;
