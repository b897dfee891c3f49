package org.borderledger.web.security;

/**
 * One sign-in let through the throttle: the keys its attempt was taken from, to give it back if the
 * password turns out right. {@code countedForAddress} is false for credentials verified moments ago.
 */
record SignInAttempt(String userName, String address, boolean countedForAddress) {
}
